package provider

import (
	"bytes"
	"context"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// The functions through the plugin protocol, in process: the server
// Terraform talks to, GetFunctions and CallFunction with msgpack-encoded
// arguments, as Terraform sends them.

func server(t *testing.T) tfprotov6.ProviderServer {
	t.Helper()
	s, err := providerserver.NewProtocol6WithError(New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func functions(t *testing.T) map[string]*tfprotov6.Function {
	t.Helper()
	resp, err := server(t).GetFunctions(context.Background(), &tfprotov6.GetFunctionsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.Diagnostics) > 0 {
		t.Fatalf("%v", resp.Diagnostics)
	}
	return resp.Functions
}

func dynamicValue(t *testing.T, typ tftypes.Type, v tftypes.Value) *tfprotov6.DynamicValue {
	t.Helper()
	dv, err := tfprotov6.NewDynamicValue(typ, v)
	if err != nil {
		t.Fatal(err)
	}
	return &dv
}

func pw(t *testing.T, password string) *tfprotov6.DynamicValue {
	return dynamicValue(t, tftypes.String, tftypes.NewValue(tftypes.String, password))
}

// opts is an options object as Terraform sends it to a dynamic parameter:
// its type travels with it.
func opts(t *testing.T, api string, targets ...string) *tfprotov6.DynamicValue {
	attrTypes := map[string]tftypes.Type{}
	values := map[string]tftypes.Value{}
	if api != "" {
		attrTypes["api"] = tftypes.String
		values["api"] = tftypes.NewValue(tftypes.String, api)
	}
	if targets != nil {
		types := make([]tftypes.Type, len(targets))
		elements := make([]tftypes.Value, len(targets))
		for i, target := range targets {
			types[i], elements[i] = tftypes.String, tftypes.NewValue(tftypes.String, target)
		}
		attrTypes["targets"] = tftypes.Tuple{ElementTypes: types}
		values["targets"] = tftypes.NewValue(tftypes.Tuple{ElementTypes: types}, elements)
	}
	objectType := tftypes.Object{AttributeTypes: attrTypes}
	return dynamicValue(t, tftypes.DynamicPseudoType, tftypes.NewValue(objectType, values))
}

// callProtocol calls a function through the protocol and decodes its
// result with the return type GetFunctions states.
func callProtocol(t *testing.T, name string, args ...*tfprotov6.DynamicValue) (tftypes.Value, *tfprotov6.FunctionError, []byte) {
	t.Helper()
	f := functions(t)[name]
	if f == nil {
		t.Fatalf("no function %s", name)
	}
	resp, err := server(t).CallFunction(context.Background(), &tfprotov6.CallFunctionRequest{Name: name, Arguments: args})
	if err != nil {
		t.Fatal(err)
	}
	if resp.Error != nil {
		return tftypes.Value{}, resp.Error, nil
	}
	v, err := resp.Result.Unmarshal(f.Return.Type)
	if err != nil {
		t.Fatal(err)
	}
	return v, nil, resp.Result.MsgPack
}

// goValue is a tftypes value as Go: maps, slices, strings, bools, float64s,
// nil; "<unknown>" for an unknown.
func goValue(t *testing.T, v tftypes.Value) any {
	t.Helper()
	if !v.IsKnown() {
		return "<unknown>"
	}
	if v.IsNull() {
		return nil
	}
	switch {
	case v.Type().Is(tftypes.String):
		var s string
		_ = v.As(&s)
		return s
	case v.Type().Is(tftypes.Bool):
		var b bool
		_ = v.As(&b)
		return b
	case v.Type().Is(tftypes.Number):
		var n big.Float
		_ = v.As(&n)
		f, _ := n.Float64()
		return f
	case v.Type().Is(tftypes.List{}):
		var elements []tftypes.Value
		_ = v.As(&elements)
		out := []any{}
		for _, e := range elements {
			out = append(out, goValue(t, e))
		}
		return out
	case v.Type().Is(tftypes.Object{}):
		var attrs map[string]tftypes.Value
		_ = v.As(&attrs)
		out := map[string]any{}
		for k, e := range attrs {
			out[k] = goValue(t, e)
		}
		return out
	}
	t.Fatalf("goValue: %s", v.Type())
	return nil
}

func TestGetFunctionsListsEveryFunction(t *testing.T) {
	all := functions(t)
	var names []string
	for name := range all {
		names = append(names, name)
	}
	sort.Strings(names)
	if want := []string{"apis", "check", "messages", "rules", "valid"}; !reflect.DeepEqual(names, want) {
		t.Fatalf("functions %v", names)
	}
	check := all["check"]
	if len(check.Parameters) != 2 || check.Parameters[0].Name != "password" || !check.Parameters[0].Type.Is(tftypes.String) ||
		check.Parameters[1].Name != "options" || !check.Parameters[1].Type.Is(tftypes.DynamicPseudoType) || !check.Parameters[1].AllowNullValue {
		t.Errorf("check's parameters: %+v", check.Parameters)
	}
	for name, f := range all {
		for _, p := range f.Parameters {
			if p.AllowUnknownValues {
				t.Errorf("%s.%s allows unknown values", name, p.Name)
			}
		}
	}
	resp, err := server(t).GetProviderSchema(context.Background(), &tfprotov6.GetProviderSchemaRequest{})
	if err != nil || len(resp.Functions) != 5 || len(resp.ResourceSchemas) != 0 || len(resp.DataSourceSchemas) != 0 {
		t.Errorf("schema: %v, %d functions, %d resources", err, len(resp.Functions), len(resp.ResourceSchemas))
	}
}

func TestCallFunctionCheck(t *testing.T) {
	v, ferr, raw := callProtocol(t, "check", pw(t, canary), opts(t, "cvm:RunInstances", "windows"))
	if ferr != nil {
		t.Fatal(ferr.Text)
	}
	got := goValue(t, v).(map[string]any)
	if got["ok"] != false || len(got["violations"].([]any)) != 3 || len(got["messages"].([]any)) != 3 {
		t.Errorf("check: %v", got)
	}
	first := got["violations"].([]any)[0].(map[string]any)
	if first["code"] != "too_short" || first["api_error_code"] != "InvalidParameterValue.InvalidPassword" || first["severity"] != "error" {
		t.Errorf("first violation: %v", first)
	}
	if bytes.Contains(raw, []byte("kanarie")) {
		t.Error("the encoded result holds the password")
	}

	// A warning's API error code is null.
	v, _, _ = callProtocol(t, "check", pw(t, "Abcdefg1"), opts(t, "", "linux"))
	warning := goValue(t, v).(map[string]any)["warnings"].([]any)[0].(map[string]any)
	if warning["code"] != "shorter_than_recommended" || warning["api_error_code"] != nil {
		t.Errorf("warning: %v", warning)
	}
}

func TestCallFunctionValidMessagesRulesAPIs(t *testing.T) {
	v, ferr, _ := callProtocol(t, "valid", pw(t, "Kanarie#Good42x"), opts(t, "cvm:RunInstances", "windows"))
	if ferr != nil || goValue(t, v) != true {
		t.Errorf("valid: %v %v", goValue(t, v), ferr)
	}
	v, _, _ = callProtocol(t, "messages", pw(t, canary), opts(t, "cvm:RunInstances", "windows"))
	if got := goValue(t, v).([]any); len(got) != 3 || !strings.HasPrefix(got[0].(string), "password is too short: 10 characters") {
		t.Errorf("messages: %v", got)
	}
	v, _, _ = callProtocol(t, "rules", opts(t, "emr:CreateCluster"))
	if got := goValue(t, v).(map[string]any); got["specials"] != "!%*@^" || got["banned_first"] != "!%*@^" || got["max_length"] != float64(16) {
		t.Errorf("rules: %v", got)
	}
	v, _, _ = callProtocol(t, "apis")
	if got := goValue(t, v).([]any); len(got) < 40 {
		t.Errorf("apis: %d", len(got))
	}
}

// {} and a null are no options; OpenTofu sends no null to a provider
// function, which is why the docs say {}.
func TestCallFunctionEmptyAndNullOptions(t *testing.T) {
	empty := dynamicValue(t, tftypes.DynamicPseudoType, tftypes.NewValue(tftypes.Object{AttributeTypes: map[string]tftypes.Type{}}, map[string]tftypes.Value{}))
	null := dynamicValue(t, tftypes.DynamicPseudoType, tftypes.NewValue(tftypes.DynamicPseudoType, nil))
	a, _, _ := callProtocol(t, "check", pw(t, canary), empty)
	b, _, _ := callProtocol(t, "check", pw(t, canary), null)
	if !reflect.DeepEqual(goValue(t, a), goValue(t, b)) {
		t.Errorf("{} %v, null %v", goValue(t, a), goValue(t, b))
	}
}

func TestCallFunctionErrorsNameTheArgumentNotThePassword(t *testing.T) {
	_, ferr, _ := callProtocol(t, "check", pw(t, canary), opts(t, "", "linux", canary))
	if ferr == nil || ferr.FunctionArgument == nil || *ferr.FunctionArgument != 1 {
		t.Fatalf("error: %+v", ferr)
	}
	if strings.Contains(strings.ToLower(ferr.Text), "kanarie") || !strings.Contains(ferr.Text, "unknown target") {
		t.Errorf("error text: %q", ferr.Text)
	}
}

func TestCallFunctionUnknownPassword(t *testing.T) {
	unknown := dynamicValue(t, tftypes.String, tftypes.NewValue(tftypes.String, tftypes.UnknownValue))
	for _, name := range []string{"check", "valid", "messages"} {
		v, ferr, _ := callProtocol(t, name, unknown, opts(t, "cvm:RunInstances"))
		if ferr != nil || v.IsKnown() {
			t.Errorf("%s: %v %v", name, v, ferr)
		}
	}
}
