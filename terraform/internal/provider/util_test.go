package provider

import (
	"context"
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-framework/types/basetypes"
)

// byName are the provider's functions by name.
func byName(t *testing.T) map[string]function.Function {
	t.Helper()
	ctx := context.Background()
	p := New("test")()
	all := map[string]function.Function{}
	for _, make := range p.(interface {
		Functions(context.Context) []func() function.Function
	}).Functions(ctx) {
		f := make()
		var meta function.MetadataResponse
		f.Metadata(ctx, function.MetadataRequest{}, &meta)
		all[meta.Name] = f
	}
	return all
}

// call runs a function as the framework does: a RunRequest of the
// arguments, a RunResponse whose result starts unknown, of the return type.
func call(t *testing.T, name string, args ...attr.Value) (attr.Value, *function.FuncError) {
	t.Helper()
	ctx := context.Background()
	f, ok := byName(t)[name]
	if !ok {
		t.Fatalf("no function %s", name)
	}
	var def function.DefinitionResponse
	f.Definition(ctx, function.DefinitionRequest{}, &def)
	if def.Diagnostics.HasError() {
		t.Fatalf("%s: %v", name, def.Diagnostics)
	}
	if len(args) != len(def.Definition.Parameters) {
		t.Fatalf("%s takes %d arguments, given %d", name, len(def.Definition.Parameters), len(args))
	}
	resp := function.RunResponse{Result: function.NewResultData(unknownOf(ctx, def.Definition.Return.GetType()))}
	f.Run(ctx, function.RunRequest{Arguments: function.NewArgumentsData(args)}, &resp)
	if resp.Error != nil {
		return nil, resp.Error
	}
	return resp.Result.Value(), nil
}

func unknownOf(ctx context.Context, t attr.Type) attr.Value {
	switch t := t.(type) {
	case basetypes.ObjectType:
		return types.ObjectUnknown(t.AttrTypes)
	case basetypes.ListType:
		return types.ListUnknown(t.ElemType)
	case basetypes.BoolType:
		return types.BoolUnknown()
	}
	panic("no unknown for " + t.String())
}

// mustCall is call, failing the test on an error.
func mustCall(t *testing.T, name string, args ...attr.Value) attr.Value {
	t.Helper()
	v, err := call(t, name, args...)
	if err != nil {
		t.Fatalf("%s: %s", name, err.Text)
	}
	return v
}

// plain is a Terraform value as JSON would read it: maps, slices,
// float64s, strings, bools and nil; "<unknown>" for an unknown.
func plain(v attr.Value) any {
	if v.IsUnknown() {
		return "<unknown>"
	}
	if v.IsNull() {
		return nil
	}
	switch v := v.(type) {
	case basetypes.StringValue:
		return v.ValueString()
	case basetypes.BoolValue:
		return v.ValueBool()
	case basetypes.Int64Value:
		return float64(v.ValueInt64())
	case basetypes.NumberValue:
		f, _ := v.ValueBigFloat().Float64()
		return f
	case basetypes.ListValue:
		out := []any{}
		for _, e := range v.Elements() {
			out = append(out, plain(e))
		}
		return out
	case basetypes.ObjectValue:
		out := map[string]any{}
		for k, e := range v.Attributes() {
			out[k] = plain(e)
		}
		return out
	case basetypes.DynamicValue:
		return plain(v.UnderlyingValue())
	}
	panic("plain: " + v.String())
}

// jsonPlain is v through JSON: the shape plain gives.
func jsonPlain(t *testing.T, v any) any {
	t.Helper()
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// Values of options, as Terraform would send them.

func str(s string) attr.Value { return types.StringValue(s) }

func tuple(elements ...string) attr.Value {
	ts := make([]attr.Type, len(elements))
	vs := make([]attr.Value, len(elements))
	for i, e := range elements {
		ts[i], vs[i] = types.StringType, types.StringValue(e)
	}
	return types.TupleValueMust(ts, vs)
}

// object is an object of the values, as HCL's { k = v } gives.
func object(fields map[string]attr.Value) basetypes.ObjectValue {
	ctx := context.Background()
	attrTypes := map[string]attr.Type{}
	for k, v := range fields {
		attrTypes[k] = v.Type(ctx)
	}
	return types.ObjectValueMust(attrTypes, fields)
}

// options is the options argument: a dynamic value holding an object.
func options(fields map[string]attr.Value) types.Dynamic {
	return types.DynamicValue(object(fields))
}

func none() types.Dynamic { return options(map[string]attr.Value{}) }

func number(n int64) attr.Value { return types.NumberValue(big.NewFloat(float64(n))) }

// vectorFile is tests/vectors/interface.json.
type vectorFile struct {
	Check []struct {
		Name     string            `json:"name"`
		API      string            `json:"api"`
		Strict   bool              `json:"strict"`
		Password string            `json:"password"`
		Repeat   int               `json:"repeat"`
		Username *string           `json:"username"`
		Targets  []string          `json:"targets"`
		Skip     map[string]string `json:"skip"`
		Expect   struct {
			OK         bool `json:"ok"`
			Violations []struct {
				Code         string            `json:"code"`
				APIErrorCode *string           `json:"api_error_code"`
				Message      map[string]string `json:"message"`
			} `json:"violations"`
			Warnings []struct {
				Code    string            `json:"code"`
				Message map[string]string `json:"message"`
			} `json:"warnings"`
		} `json:"expect"`
	} `json:"check"`
	Rules []struct {
		API     string   `json:"api"`
		Strict  bool     `json:"strict"`
		Targets []string `json:"targets"`
		Expect  any      `json:"expect"`
	} `json:"rules"`
}

func readVectors(t *testing.T) vectorFile {
	t.Helper()
	data, err := os.ReadFile("../../../tests/vectors/interface.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectorFile
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}
