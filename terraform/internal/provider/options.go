package provider

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// optionNames are the keys of the options object, in the order errors list
// them: the same options, with the same meaning, as on every other host
// (docs/SPEC.md, section 11).
var optionNames = []string{"api", "targets", "username", "strict", "lang"}

// optionsPosition is the options argument's position in check, valid and
// messages; rules takes them first.
const optionsPosition = 1

const optionsDescription = "An object of options, each optional: `api` (\"service:Action\", " +
	"default \"cvm:ResetInstancesPassword\"; `provider::cvmpassword::apis()` lists them), " +
	"`targets` (a list of OS names: \"linux\", \"ubuntu\", \"windows\", \"unknown\"; left out, any OS), " +
	"`username` (the request's UserName; left out, the OS's default administrator), " +
	"`strict` (a rule only some of the API's sources state is an error; default false), " +
	"`lang` (\"en\" or \"zh-CN\"; default \"en\"). `{}` for none."

// optionsError is an error of the options argument: never a character of
// the password in it, and a name the user typed only where it could not be
// a password (docs/SPEC.md, section 11).
func optionsError(position int64, format string, args ...any) *function.FuncError {
	return function.NewArgumentFuncError(position, fmt.Sprintf(format, args...))
}

// readOptions reads the options argument. known is false when any part of
// it is unknown: then the caller's result is unknown too.
func readOptions(ctx context.Context, value types.Dynamic, position int64) (opts cvmpassword.Options, known bool, ferr *function.FuncError) {
	if value.IsUnknown() || value.IsUnderlyingValueUnknown() {
		return opts, false, nil
	}
	if value.IsNull() || value.IsUnderlyingValueNull() {
		return opts, true, nil
	}
	var fields map[string]attr.Value
	switch v := value.UnderlyingValue().(type) {
	case basetypes.ObjectValue:
		fields = v.Attributes()
	case basetypes.MapValue:
		fields = v.Elements()
	default:
		return opts, false, optionsError(position,
			"options must be an object, such as { api = \"cvm:RunInstances\", targets = [\"linux\"] }, or {} for none; got a %s",
			typeName(ctx, value.UnderlyingValue()))
	}
	keys := make([]string, 0, len(fields))
	for key := range fields {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		if !contains(optionNames, key) {
			return opts, false, optionsError(position, "%s", unknownName("option", key, optionNames, 2,
				"expected "+list(optionNames)))
		}
	}
	for _, key := range keys {
		if !whollyKnown(fields[key]) {
			return opts, false, nil
		}
	}
	known = true
	for _, key := range keys {
		field := fields[key]
		if field.IsNull() {
			continue
		}
		switch key {
		case "api":
			api, err := stringOption(ctx, key, field)
			if err != "" {
				return opts, false, optionsError(position, "%s", err)
			}
			if err := knownAPI(api); err != "" {
				return opts, false, optionsError(position, "%s", err)
			}
			opts.API = api
		case "username":
			name, err := stringOption(ctx, key, field)
			if err != "" {
				return opts, false, optionsError(position, "%s", err)
			}
			opts.Username = &name
		case "lang":
			lang, err := stringOption(ctx, key, field)
			if err != "" {
				return opts, false, optionsError(position, "%s", err)
			}
			opts.Lang = lang
		case "strict":
			strict, ok := field.(basetypes.BoolValue)
			if !ok {
				return opts, false, optionsError(position, "options.strict must be a bool, got a %s", typeName(ctx, field))
			}
			opts.Strict = strict.ValueBool()
		case "targets":
			targets, err := targetsOption(ctx, field)
			if err != "" {
				return opts, false, optionsError(position, "%s", err)
			}
			opts.Targets = targets
		}
	}
	// The engine reads the rest (OS names in any ASCII case, language
	// tags): its errors name what was expected, never the value. Rules
	// reads every option but the username.
	if _, err := cvmpassword.Rules(opts); err != nil {
		return opts, false, optionsError(position, "%s", engineError(err))
	}
	return opts, known, nil
}

// engineError is the Go module's error for bad options, without its
// package's prefix: "unknown target: expected linux, ubuntu, windows or
// unknown". Terraform says which argument it is about.
func engineError(err error) string {
	text := err.Error()
	if errors.Is(err, cvmpassword.ErrOptions) {
		text = strings.TrimPrefix(text, cvmpassword.ErrOptions.Error()+": ")
	}
	return text
}

func stringOption(ctx context.Context, key string, field attr.Value) (string, string) {
	s, ok := field.(basetypes.StringValue)
	if !ok {
		return "", fmt.Sprintf("options.%s must be a string, got a %s", key, typeName(ctx, field))
	}
	return s.ValueString(), ""
}

// targetsOption reads a list, tuple or set of OS names.
func targetsOption(ctx context.Context, field attr.Value) ([]string, string) {
	var elements []attr.Value
	switch v := field.(type) {
	case basetypes.ListValue:
		elements = v.Elements()
	case basetypes.TupleValue:
		elements = v.Elements()
	case basetypes.SetValue:
		elements = v.Elements()
	default:
		return nil, fmt.Sprintf("options.targets must be a list of OS names, such as [\"linux\"], got a %s", typeName(ctx, field))
	}
	targets := []string{}
	for _, element := range elements {
		s, ok := element.(basetypes.StringValue)
		if !ok || s.IsNull() {
			return nil, fmt.Sprintf("options.targets must be a list of OS names, such as [\"linux\"]: found a %s in it", typeName(ctx, element))
		}
		targets = append(targets, s.ValueString())
	}
	return targets, ""
}

// whollyKnown is whether v and everything in it is known.
func whollyKnown(v attr.Value) bool {
	if v.IsUnknown() {
		return false
	}
	var elements []attr.Value
	switch c := v.(type) {
	case basetypes.ListValue:
		elements = c.Elements()
	case basetypes.TupleValue:
		elements = c.Elements()
	case basetypes.SetValue:
		elements = c.Elements()
	case basetypes.MapValue:
		for _, e := range c.Elements() {
			elements = append(elements, e)
		}
	case basetypes.ObjectValue:
		for _, e := range c.Attributes() {
			elements = append(elements, e)
		}
	case basetypes.DynamicValue:
		return !c.IsUnderlyingValueUnknown() && (c.IsNull() || c.IsUnderlyingValueNull() || whollyKnown(c.UnderlyingValue()))
	}
	for _, e := range elements {
		if !whollyKnown(e) {
			return false
		}
	}
	return true
}

// typeName is a value's type in Terraform's words: "string", "number",
// "list"... never the value.
func typeName(ctx context.Context, v attr.Value) string {
	if v == nil {
		return "null"
	}
	switch v.Type(ctx).TerraformType(ctx).(type) {
	case tftypes.List:
		return "list"
	case tftypes.Tuple:
		return "tuple"
	case tftypes.Set:
		return "set"
	case tftypes.Map:
		return "map"
	case tftypes.Object:
		return "object"
	}
	switch t := v.Type(ctx).TerraformType(ctx); {
	case t.Is(tftypes.String):
		return "string"
	case t.Is(tftypes.Number):
		return "number"
	case t.Is(tftypes.Bool):
		return "bool"
	}
	return "value of another type"
}

// apiNames are the names of every API the engine knows.
var apiNames = sync.OnceValues(func() ([]string, error) {
	apis, err := cvmpassword.APIs()
	if err != nil {
		return nil, err
	}
	names := make([]string, len(apis))
	for i, api := range apis {
		names[i] = api.Name
	}
	return names, nil
})

// knownAPI is "" for an API the engine knows, else the error: the name
// repeated, with the nearest, only where it could not be a password.
func knownAPI(name string) string {
	names, err := apiNames()
	if err != nil {
		return err.Error()
	}
	if contains(names, name) {
		return ""
	}
	const listed = "provider::cvmpassword::apis() lists them"
	if !isAPIForm(name) {
		return "options.api must be service:Action, such as cvm:RunInstances; " + listed
	}
	return unknownName("API", name, names, 3, listed)
}

// unknownName is the error for a name no option, API or OS has: it repeats
// the name only if it could not be a password any API accepts, and gives
// the nearest name when it is within near edits.
func unknownName(what, typed string, names []string, near int, expected string) string {
	var message string
	if cvmpassword.CouldBePassword(typed) {
		message = fmt.Sprintf("unknown %s (not repeated here: it could be a password)", what)
	} else {
		message = fmt.Sprintf("unknown %s %q", what, typed)
	}
	message += ": " + expected
	if nearest, distance := nearestName(typed, names); nearest != "" && distance <= near {
		message += "; the nearest is " + nearest
	}
	return message
}

// isAPIForm is whether name is service:Action: letters and digits either
// side of one colon.
func isAPIForm(name string) bool {
	service, action, ok := strings.Cut(name, ":")
	part := func(s string) bool {
		if s == "" {
			return false
		}
		for _, b := range []byte(s) {
			if !('a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9') {
				return false
			}
		}
		return true
	}
	return ok && part(service) && part(action)
}

// nearestName is the name fewest edits from typed, ignoring ASCII case.
func nearestName(typed string, names []string) (string, int) {
	best, bestDistance := "", -1
	for _, name := range names {
		if d := editDistance(strings.ToLower(typed), strings.ToLower(name)); bestDistance < 0 || d < bestDistance {
			best, bestDistance = name, d
		}
	}
	return best, bestDistance
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	previous := make([]int, len(rb)+1)
	current := make([]int, len(rb)+1)
	for j := range previous {
		previous[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		current[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			current[j] = min(previous[j]+1, current[j-1]+1, previous[j-1]+cost)
		}
		previous, current = current, previous
	}
	return previous[len(rb)]
}

func contains(names []string, name string) bool {
	for _, n := range names {
		if n == name {
			return true
		}
	}
	return false
}

// list is "a, b or c".
func list(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
