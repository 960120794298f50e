package provider

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// A password each test may look for in what it gets back: it must never be
// there.
const canary = "/kanarie €"

// caseOptions are a vector's options as the options object.
func caseOptions(api string, targets []string, username *string, strict bool, lang string) types.Dynamic {
	fields := map[string]attr.Value{}
	if api != "" {
		fields["api"] = str(api)
	}
	if targets != nil {
		fields["targets"] = tuple(targets...)
	}
	if username != nil {
		fields["username"] = str(*username)
	}
	if strict {
		fields["strict"] = types.BoolValue(true)
	}
	if lang != "" {
		fields["lang"] = str(lang)
	}
	return options(fields)
}

// Every check case of the interface vectors through check, valid and
// messages, in both languages: the same verdicts, codes, API error codes
// (null where none) and messages as every other host.
func TestEveryVectorThroughTheFunctions(t *testing.T) {
	ran := 0
	for _, c := range readVectors(t).Check {
		if _, skip := c.Skip["go"]; skip {
			continue
		}
		password := strings.Repeat(c.Password, max(c.Repeat, 1))
		for _, lang := range []string{"en", "zh-CN"} {
			opts := caseOptions(c.API, c.Targets, c.Username, c.Strict, lang)
			got := plain(mustCall(t, "check", str(password), opts)).(map[string]any)
			if got["ok"] != c.Expect.OK {
				t.Errorf("%s: ok %v, want %v", c.Name, got["ok"], c.Expect.OK)
			}
			var wantViolations, wantWarnings, wantMessages []any
			for _, v := range c.Expect.Violations {
				var code any
				if v.APIErrorCode != nil {
					code = *v.APIErrorCode
				}
				wantViolations = append(wantViolations, map[string]any{
					"code": v.Code, "severity": "error", "api_error_code": code, "message": v.Message[lang],
				})
				wantMessages = append(wantMessages, v.Message[lang])
			}
			for _, w := range c.Expect.Warnings {
				wantWarnings = append(wantWarnings, map[string]any{
					"code": w.Code, "severity": "warning", "api_error_code": nil, "message": w.Message[lang],
				})
			}
			for name, want := range map[string][]any{"violations": wantViolations, "warnings": wantWarnings, "messages": wantMessages} {
				if want == nil {
					want = []any{}
				}
				if !reflect.DeepEqual(got[name], want) {
					t.Errorf("%s (%s): %s\n got %v\nwant %v", c.Name, lang, name, got[name], want)
				}
			}
			if valid := plain(mustCall(t, "valid", str(password), opts)); valid != c.Expect.OK {
				t.Errorf("%s: valid %v", c.Name, valid)
			}
			if messages := plain(mustCall(t, "messages", str(password), opts)); !reflect.DeepEqual(messages, got["messages"]) {
				t.Errorf("%s: messages %v, check's %v", c.Name, messages, got["messages"])
			}
		}
		ran++
	}
	// All but the two lone surrogates, which no Go string holds.
	if all := len(readVectors(t).Check); ran != all-2 {
		t.Errorf("ran %d of %d cases", ran, all)
	}
}

func TestCheckGivesTheLengthAndTheVerdictWhole(t *testing.T) {
	got := plain(mustCall(t, "check", str(canary), caseOptions("cvm:RunInstances", []string{"windows"}, nil, false, ""))).(map[string]any)
	if got["ok"] != false || got["length"] != float64(10) {
		t.Errorf("got %v", got)
	}
	var codes []string
	for _, v := range got["violations"].([]any) {
		codes = append(codes, v.(map[string]any)["code"].(string))
	}
	if want := []string{"too_short", "too_few_categories", "disallowed_character"}; !reflect.DeepEqual(codes, want) {
		t.Errorf("codes %v, want %v", codes, want)
	}
	// Strict: the leading '/', a rule only some of RunInstances' sources
	// state, is a violation, not a warning.
	strict := plain(mustCall(t, "check", str(canary), caseOptions("cvm:RunInstances", []string{"windows"}, nil, true, ""))).(map[string]any)
	if n := len(strict["violations"].([]any)); n != 4 {
		t.Errorf("strict: %d violations: %v", n, strict["violations"])
	}
	if !strings.Contains(strings.Join(toStrings(strict["messages"]), "\n"), "must not start with '/'") {
		t.Errorf("strict messages: %v", strict["messages"])
	}
}

func toStrings(v any) []string {
	var out []string
	for _, e := range v.([]any) {
		out = append(out, e.(string))
	}
	return out
}

// The options left out mean what they mean on every host (SPEC 11): {} and
// null are the defaults, a map is read as an object, targets may be a
// tuple, a list or a set, and each option is checked the way the Go module
// checks it.
func TestOptionsLeftOutMeanTheDefaults(t *testing.T) {
	password := str("Abcdefg1") // Linux accepts it (with a warning), Windows not: too short
	want := plain(mustCall(t, "check", password, none()))
	for name, opts := range map[string]types.Dynamic{
		"null":                  types.DynamicNull(),
		"dynamic of null":       types.DynamicValue(types.ObjectNull(map[string]attr.Type{})),
		"explicit defaults":     caseOptions("cvm:ResetInstancesPassword", nil, nil, false, "en"),
		"nulls":                 options(map[string]attr.Value{"api": types.StringNull(), "targets": types.ListNull(types.StringType), "username": types.StringNull(), "strict": types.BoolNull(), "lang": types.StringNull()}),
		"empty username":        caseOptions("", nil, ptr(""), false, ""),
		"no targets":            options(map[string]attr.Value{"targets": tuple()}),
		"targets [\"unknown\"]": options(map[string]attr.Value{"targets": tuple("unknown")}),
		"a map":                 types.DynamicValue(types.MapValueMust(types.StringType, map[string]attr.Value{"api": str("cvm:ResetInstancesPassword")})),
	} {
		if got := plain(mustCall(t, "check", password, opts)); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %v, want %v", name, got, want)
		}
	}
	linux := plain(mustCall(t, "check", password, options(map[string]attr.Value{"targets": tuple("linux")})))
	for name, opts := range map[string]types.Dynamic{
		"a list":     options(map[string]attr.Value{"targets": types.ListValueMust(types.StringType, []attr.Value{str("linux")})}),
		"a set":      options(map[string]attr.Value{"targets": types.SetValueMust(types.StringType, []attr.Value{str("linux")})}),
		"any case":   options(map[string]attr.Value{"targets": tuple("LiNuX")}),
		"both forms": options(map[string]attr.Value{"targets": tuple("linux", "Linux")}),
	} {
		if got := plain(mustCall(t, "check", password, opts)); !reflect.DeepEqual(got, linux) {
			t.Errorf("%s: got %v, want %v", name, got, linux)
		}
	}
	if reflect.DeepEqual(linux, want) {
		t.Error("linux and any OS should differ for this password")
	}
}

func ptr(s string) *string { return &s }

// Bad options are an error of the options argument that names what was
// expected, and never holds the password, even when the password was put
// where an option goes.
func TestBadOptionsAreArgumentErrorsWithoutThePassword(t *testing.T) {
	for _, c := range []struct {
		name string
		opts types.Dynamic
		want string
	}{
		{"not an object", types.DynamicValue(str(canary)), "options must be an object"},
		{"a number", types.DynamicValue(number(3)), "got a number"},
		{"a mistyped key", options(map[string]attr.Value{"tragets": tuple("linux")}), `unknown option "tragets": expected api, targets, username, strict or lang; the nearest is targets`},
		{"a key that could be a password", options(map[string]attr.Value{"Kanarie#Good42x": str("x")}), "unknown option (not repeated here: it could be a password): expected api, targets, username, strict or lang"},
		{"the password as the API", caseOptions(canary, nil, nil, false, ""), "options.api must be service:Action, such as cvm:RunInstances; provider::cvmpassword::apis() lists them"},
		{"an API that could be a password", caseOptions("Kanarie:Good42x", nil, nil, false, ""), "unknown API (not repeated here: it could be a password): provider::cvmpassword::apis() lists them"},
		{"a mistyped API", caseOptions("cvm:RunInstance", nil, nil, false, ""), "unknown API (not repeated here: it could be a password): provider::cvmpassword::apis() lists them; the nearest is cvm:RunInstances"},
		{"a short unknown API", caseOptions("cvm:Run", nil, nil, false, ""), `unknown API "cvm:Run": provider::cvmpassword::apis() lists them`},
		{"the password as an OS", caseOptions("", []string{"linux", canary}, nil, false, ""), "unknown target: expected linux, ubuntu, windows or unknown"},
		{"the password as the language", caseOptions("", nil, nil, false, canary), "unknown language: expected en or zh-CN"},
		{"api a number", options(map[string]attr.Value{"api": number(1)}), "options.api must be a string, got a number"},
		{"strict a string", options(map[string]attr.Value{"strict": str("true")}), "options.strict must be a bool, got a string"},
		{"targets a string", options(map[string]attr.Value{"targets": str("linux")}), "options.targets must be a list of OS names"},
		{"a number in targets", options(map[string]attr.Value{"targets": types.TupleValueMust([]attr.Type{types.NumberType}, []attr.Value{number(1)})}), "found a number in it"},
	} {
		for _, name := range []string{"check", "valid", "messages"} {
			_, err := call(t, name, str(canary), c.opts)
			if err == nil {
				t.Errorf("%s, %s: no error", c.name, name)
				continue
			}
			if err.FunctionArgument == nil || *err.FunctionArgument != 1 {
				t.Errorf("%s, %s: not an error of the options argument: %v", c.name, name, err.FunctionArgument)
			}
			if !strings.Contains(err.Text, c.want) {
				t.Errorf("%s, %s: %q lacks %q", c.name, name, err.Text, c.want)
			}
			if strings.Contains(strings.ToLower(err.Text), "kanarie") {
				t.Errorf("%s, %s: the error holds the password: %q", c.name, name, err.Text)
			}
		}
		// rules takes the options first.
		if _, err := call(t, "rules", c.opts); err == nil || *err.FunctionArgument != 0 || strings.Contains(strings.ToLower(err.Text), "kanarie") {
			t.Errorf("%s, rules: %v", c.name, err)
		}
	}
}

// An unknown password or option: an unknown result, never a verdict.
// Terraform does not call the functions with one (no parameter allows
// unknown values); a call through the protocol that has one gets this.
func TestUnknownArgumentsGiveUnknownResults(t *testing.T) {
	for name, args := range map[string][]attr.Value{
		"password":       {types.StringUnknown(), none()},
		"options":        {str(canary), types.DynamicUnknown()},
		"an option":      {str(canary), options(map[string]attr.Value{"api": types.StringUnknown()})},
		"a target":       {str(canary), options(map[string]attr.Value{"targets": types.ListValueMust(types.StringType, []attr.Value{types.StringUnknown()})})},
		"the underlying": {str(canary), types.DynamicValue(types.ObjectUnknown(map[string]attr.Type{"api": types.StringType}))},
	} {
		for _, f := range []string{"check", "valid", "messages"} {
			if got := mustCall(t, f, args...); !got.IsUnknown() {
				t.Errorf("%s, %s: %v", name, f, got)
			}
		}
	}
	if got := mustCall(t, "rules", types.DynamicUnknown()); !got.IsUnknown() {
		t.Errorf("rules: %v", got)
	}
	// A bad key is an error even beside an unknown value.
	if _, err := call(t, "check", str(canary), options(map[string]attr.Value{"apii": types.StringUnknown()})); err == nil {
		t.Error("an unknown key beside an unknown value: no error")
	}
}

// No result of any function holds a character of the password: every
// string in it is the core's.
func TestNoResultHoldsThePassword(t *testing.T) {
	for _, password := range []string{canary, "Kanarie#Good42x", "kanarieadministrator", "Administrator-Kanarie1"} {
		for _, api := range []string{"", "cvm:RunInstances", "emr:CreateCluster", "batch:SubmitJob"} {
			for _, lang := range []string{"en", "zh-CN"} {
				opts := caseOptions(api, []string{"windows"}, ptr("kanarie"), true, lang)
				for _, f := range []string{"check", "valid", "messages"} {
					if s := (mustCall(t, f, str(password), opts)).String(); strings.Contains(strings.ToLower(s), "kanarie") {
						t.Errorf("%s(%q, %s): %s", f, password, api, s)
					}
				}
			}
		}
	}
}

// rules is the core's description, field for field: the vector file's
// rules cases, and Rules for every API.
func TestRulesAreTheCoresDescription(t *testing.T) {
	for _, r := range readVectors(t).Rules {
		got := plain(mustCall(t, "rules", caseOptions(r.API, r.Targets, nil, r.Strict, "")))
		if want := jsonPlain(t, r.Expect); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %v:\n got %v\nwant %v", r.API, r.Targets, got, want)
		}
	}
	apis, err := cvmpassword.APIs()
	if err != nil {
		t.Fatal(err)
	}
	for _, api := range apis {
		for _, targets := range [][]string{nil, {"linux"}, {"windows"}} {
			for _, strict := range []bool{false, true} {
				want, err := cvmpassword.Rules(cvmpassword.Options{API: api.Name, Targets: targets, Strict: strict})
				if err != nil {
					t.Fatal(err)
				}
				// username and lang play no part.
				got := plain(mustCall(t, "rules", caseOptions(api.Name, targets, ptr("kanarie"), strict, "zh-CN")))
				if !reflect.DeepEqual(got, jsonPlain(t, want)) {
					t.Errorf("%s %v %v:\n got %v\nwant %v", api.Name, targets, strict, got, jsonPlain(t, want))
				}
			}
		}
	}
}

// apis is the core's description of every API, field for field.
func TestAPIsAreTheCoresDescription(t *testing.T) {
	apis, err := cvmpassword.APIs()
	if err != nil {
		t.Fatal(err)
	}
	got := plain(mustCall(t, "apis"))
	if want := jsonPlain(t, apis); !reflect.DeepEqual(got, want) {
		t.Errorf("apis:\n got %v\nwant %v", got, want)
	}
	if n := len(got.([]any)); n != len(apis) || n < 40 {
		t.Errorf("%d APIs", n)
	}
	if first := got.([]any)[0].(map[string]any)["name"]; first != "cvm:ResetInstancesPassword" {
		t.Errorf("first %v", first)
	}
}

// A field the core describes and the provider does not know, or the
// reverse, is an error, not a silent drop.
func TestADescriptionFieldMissingEitherSideIsAnError(t *testing.T) {
	if _, err := described(rulesType, map[string]any{"min_length": 8}); err == nil || !strings.Contains(err.Error(), "does not describe") {
		t.Errorf("missing: %v", err)
	}
	rules, _ := cvmpassword.Rules(cvmpassword.Options{})
	extra := jsonPlain(t, rules).(map[string]any)
	extra["new_rule"] = true
	if _, err := described(rulesType, extra); err == nil || !strings.Contains(err.Error(), "new_rule") {
		t.Errorf("extra: %v", err)
	}
}

// Every function has a definition Terraform can read: a summary, described
// parameters, no parameter that allows unknown values.
func TestDefinitions(t *testing.T) {
	ctx := context.Background()
	names := []string{}
	for name, f := range byName(t) {
		names = append(names, name)
		var def function.DefinitionResponse
		f.Definition(ctx, function.DefinitionRequest{}, &def)
		if def.Diagnostics.HasError() || def.Definition.Summary == "" || def.Definition.Description == "" {
			t.Errorf("%s: %v %+v", name, def.Diagnostics, def.Definition)
		}
		var valid function.DefinitionValidateResponse
		def.Definition.ValidateImplementation(ctx, function.DefinitionValidateRequest{FuncName: name}, &valid)
		if valid.Diagnostics.HasError() {
			t.Errorf("%s: %v", name, valid.Diagnostics)
		}
		for _, p := range def.Definition.Parameters {
			if p.GetAllowUnknownValues() {
				t.Errorf("%s: %s allows unknown values", name, p.GetName())
			}
			if p.GetDescription() == "" {
				t.Errorf("%s: %s undescribed", name, p.GetName())
			}
		}
	}
	if len(names) != 5 {
		t.Errorf("functions: %v", names)
	}
}
