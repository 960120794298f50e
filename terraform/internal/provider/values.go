package provider

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// findingType is a violation or a warning: its code, its severity ("error"
// or "warning"), the API's error code (null where none: a warning, or an
// error the vendor ties to no code) and the core's message. The figures
// stay out: the message quotes them.
var findingType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"code":           types.StringType,
	"severity":       types.StringType,
	"api_error_code": types.StringType,
	"message":        types.StringType,
}}

// verdictType is what check returns.
var verdictType = map[string]attr.Type{
	"ok":         types.BoolType,
	"length":     types.Int64Type,
	"violations": types.ListType{ElemType: findingType},
	"warnings":   types.ListType{ElemType: findingType},
	"messages":   types.ListType{ElemType: types.StringType},
}

// rulesType is the core's description of rules (cvmpassword.RuleSet, the
// CLI's `rules --json`), field for field.
var rulesType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"policy":                 types.StringType,
	"min_length":             types.Int64Type,
	"max_length":             types.Int64Type,
	"recommended_min_length": types.Int64Type,
	"required_categories":    types.Int64Type,
	"letters_as_one":         types.BoolType,
	"categories":             types.ListType{ElemType: types.StringType},
	"specials":               types.StringType,
	"space_allowed":          types.BoolType,
	"bans_leading_slash":     types.BoolType,
	"banned_first":           types.StringType,
	"bans_username":          types.BoolType,
	"default_username":       types.StringType,
	"username_min_checked":   types.Int64Type,
	"inspection_limit":       types.Int64Type,
	"generated_length":       types.Int64Type,
}}

// apiType is the core's description of an API (cvmpassword.API, an entry
// of the CLI's `apis --json`), field for field.
var apiType = types.ObjectType{AttrTypes: map[string]attr.Type{
	"name":                types.StringType,
	"family":              types.StringType,
	"letter":              types.StringType,
	"mix":                 types.StringType,
	"takes_username":      types.BoolType,
	"password_error_code": types.StringType,
	"error_codes":         types.ListType{ElemType: types.StringType},
	"parameters":          types.ListType{ElemType: types.StringType},
	"sources": types.ListType{ElemType: types.ObjectType{AttrTypes: map[string]attr.Type{
		"label":       types.StringType,
		"package":     types.StringType,
		"file":        types.StringType,
		"parameter":   types.StringType,
		"fingerprint": types.StringType,
		"linux":       rulesType,
		"windows":     rulesType,
	}}},
	"disputes": types.ListType{ElemType: types.ObjectType{AttrTypes: map[string]attr.Type{
		"rule":        types.StringType,
		"refused_by":  types.StringType,
		"accepted_by": types.StringType,
	}}},
}}

// described is a description of the Go module (a RuleSet, an API) as a
// Terraform value of type t, through its JSON: every field the core
// describes, and no other; a field either side lacks is an error, so that
// a new field of the core cannot be dropped unseen.
func described(t attr.Type, description any) (attr.Value, error) {
	data, err := json.Marshal(description)
	if err != nil {
		return nil, err
	}
	var plain any
	if err := json.Unmarshal(data, &plain); err != nil {
		return nil, err
	}
	return fromJSON(t, plain, "")
}

func fromJSON(t attr.Type, v any, at string) (attr.Value, error) {
	switch t := t.(type) {
	case types.ObjectType:
		if v == nil {
			return types.ObjectNull(t.AttrTypes), nil
		}
		fields, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s: expected an object", at)
		}
		values := map[string]attr.Value{}
		for _, name := range sortedKeys(fields) {
			if _, ok := t.AttrTypes[name]; !ok {
				return nil, fmt.Errorf("the core describes %s%s, which this provider does not know", at, name)
			}
		}
		for name, attrType := range t.AttrTypes {
			field, ok := fields[name]
			if !ok {
				return nil, fmt.Errorf("the core does not describe %s%s", at, name)
			}
			value, err := fromJSON(attrType, field, at+name+".")
			if err != nil {
				return nil, err
			}
			values[name] = value
		}
		value, diags := types.ObjectValue(t.AttrTypes, values)
		if diags.HasError() {
			return nil, fmt.Errorf("%s: %v", at, diags)
		}
		return value, nil
	case types.ListType:
		if v == nil {
			return types.ListNull(t.ElemType), nil
		}
		items, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("%s: expected a list", at)
		}
		elements := make([]attr.Value, len(items))
		for i, item := range items {
			element, err := fromJSON(t.ElemType, item, fmt.Sprintf("%s%d.", at, i))
			if err != nil {
				return nil, err
			}
			elements[i] = element
		}
		value, diags := types.ListValue(t.ElemType, elements)
		if diags.HasError() {
			return nil, fmt.Errorf("%s: %v", at, diags)
		}
		return value, nil
	}
	switch t {
	case types.StringType:
		if v == nil {
			return types.StringNull(), nil
		}
		if s, ok := v.(string); ok {
			return types.StringValue(s), nil
		}
	case types.Int64Type:
		if v == nil {
			return types.Int64Null(), nil
		}
		if n, ok := v.(float64); ok {
			return types.Int64Value(int64(n)), nil
		}
	case types.BoolType:
		if v == nil {
			return types.BoolNull(), nil
		}
		if b, ok := v.(bool); ok {
			return types.BoolValue(b), nil
		}
	}
	return nil, fmt.Errorf("%s: not a %s", at, t)
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// findings are the Terraform values of findings.
func findings(list []cvmpassword.Finding) []attr.Value {
	values := make([]attr.Value, len(list))
	for i, f := range list {
		code := types.StringNull()
		if f.APIErrorCode != "" {
			code = types.StringValue(f.APIErrorCode)
		}
		values[i] = types.ObjectValueMust(findingType.AttrTypes, map[string]attr.Value{
			"code":           types.StringValue(f.Code),
			"severity":       types.StringValue(f.Severity),
			"api_error_code": code,
			"message":        types.StringValue(f.Message),
		})
	}
	return values
}

// messages are the messages of the violations, in the order of the rules.
func messages(verdict cvmpassword.Verdict) []attr.Value {
	values := make([]attr.Value, len(verdict.Violations))
	for i, f := range verdict.Violations {
		values[i] = types.StringValue(f.Message)
	}
	return values
}

// verdictValue is check's result.
func verdictValue(verdict cvmpassword.Verdict) attr.Value {
	return types.ObjectValueMust(verdictType, map[string]attr.Value{
		"ok":         types.BoolValue(verdict.OK),
		"length":     types.Int64Value(int64(verdict.Length)),
		"violations": types.ListValueMust(findingType, findings(verdict.Violations)),
		"warnings":   types.ListValueMust(findingType, findings(verdict.Warnings)),
		"messages":   types.ListValueMust(types.StringType, messages(verdict)),
	})
}
