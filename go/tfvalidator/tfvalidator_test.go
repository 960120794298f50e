package tfvalidator

import (
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/hashicorp/go-cty/cty"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-sdk/v2/diag"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"
	"github.com/hashicorp/terraform-plugin-sdk/v2/terraform"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// The canary: never in a diagnostic.
const canary = "/kanarie €"

func leaks(text string) bool { return strings.Contains(strings.ToLower(text), "kanarie") }

// messages are the core's messages of the violations.
func messages(t *testing.T, password string, opts cvmpassword.Options) []string {
	t.Helper()
	verdict, err := cvmpassword.Check(password, opts)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, v := range verdict.Violations {
		out = append(out, v.Message)
	}
	return out
}

func frameworkValidate(v validator.String, value types.String) validator.StringResponse {
	resp := validator.StringResponse{}
	v.ValidateString(context.Background(), validator.StringRequest{
		Path:           path.Root("password"),
		PathExpression: path.MatchRoot("password"),
		ConfigValue:    value,
	}, &resp)
	return resp
}

func TestFrameworkValidatorStatesEveryReason(t *testing.T) {
	v := Password("cvm:RunInstances", "windows")
	resp := frameworkValidate(v, types.StringValue(canary))
	want := messages(t, canary, cvmpassword.Options{API: "cvm:RunInstances", Targets: []string{"windows"}})
	if len(want) != 3 || resp.Diagnostics.ErrorsCount() != len(want) || resp.Diagnostics.WarningsCount() != 0 {
		t.Fatalf("%d errors for %d violations: %v", resp.Diagnostics.ErrorsCount(), len(want), resp.Diagnostics)
	}
	for i, d := range resp.Diagnostics {
		if d.Summary() != "Invalid password" || !strings.HasPrefix(d.Detail(), want[i]+".") ||
			!strings.Contains(d.Detail(), "cvm:RunInstances would answer InvalidParameterValue.InvalidPassword") {
			t.Errorf("diagnostic %d: %q %q", i, d.Summary(), d.Detail())
		}
		if p, ok := d.(interface{ Path() path.Path }); !ok || !p.Path().Equal(path.Root("password")) {
			t.Errorf("diagnostic %d has no path", i)
		}
		if leaks(d.Summary()) || leaks(d.Detail()) {
			t.Errorf("diagnostic %d holds the password", i)
		}
	}
	if got := v.Description(context.Background()); got != "value must be a password cvm:RunInstances accepts for instances of windows" {
		t.Errorf("description %q", got)
	}
}

func TestFrameworkValidatorLetsNullUnknownAndGoodPasswordsPass(t *testing.T) {
	v := Password("cvm:RunInstances", "windows")
	for name, value := range map[string]types.String{
		"null": types.StringNull(), "unknown": types.StringUnknown(), "good": types.StringValue("Kanarie#Good42x"),
	} {
		if resp := frameworkValidate(v, value); len(resp.Diagnostics) != 0 {
			t.Errorf("%s: %v", name, resp.Diagnostics)
		}
	}
}

func TestWarningsOnlyWhenAsked(t *testing.T) {
	password := "Abcdefg1" // Linux: accepted, shorter than recommended
	if resp := frameworkValidate(Password("", "linux"), types.StringValue(password)); len(resp.Diagnostics) != 0 {
		t.Errorf("warnings unasked: %v", resp.Diagnostics)
	}
	rules := Rules{Options: cvmpassword.Options{Targets: []string{"linux"}}, Warnings: true}
	resp := frameworkValidate(rules.Framework(), types.StringValue(password))
	if resp.Diagnostics.WarningsCount() != 1 || resp.Diagnostics.HasError() {
		t.Errorf("framework: %v", resp.Diagnostics)
	}
	if diags := rules.Diag()(password, cty.GetAttrPath("password")); len(diags) != 1 || diags[0].Severity != diag.Warning {
		t.Errorf("diag: %v", diags)
	}
	if ws, es := rules.Func()(password, "password"); len(ws) != 1 || len(es) != 0 || !strings.HasPrefix(ws[0], "password: password is shorter than recommended") {
		t.Errorf("func: %v %v", ws, es)
	}
}

func TestSDKDiagFuncStatesEveryReason(t *testing.T) {
	f := PasswordDiag("as:CreateLaunchConfiguration", "linux")
	diags := f("short", cty.GetAttrPath("password"))
	want := messages(t, "short", cvmpassword.Options{API: "as:CreateLaunchConfiguration", Targets: []string{"linux"}})
	if len(diags) != len(want) || len(want) < 2 {
		t.Fatalf("%d diagnostics for %d violations: %v", len(diags), len(want), diags)
	}
	for i, d := range diags {
		if d.Severity != diag.Error || d.Summary != "Invalid password" || !strings.HasPrefix(d.Detail, want[i]+".") ||
			!d.AttributePath.Equals(cty.GetAttrPath("password")) {
			t.Errorf("diagnostic %d: %+v", i, d)
		}
	}
	for _, d := range f(canary, cty.GetAttrPath("password")) {
		if leaks(d.Summary) || leaks(d.Detail) {
			t.Errorf("a diagnostic holds the password: %+v", d)
		}
	}
	if diags := f("Kanarie#Good42x", cty.GetAttrPath("password")); len(diags) != 0 {
		t.Errorf("good: %v", diags)
	}
	if diags := f(nil, cty.GetAttrPath("password")); len(diags) != 0 {
		t.Errorf("nil: %v", diags)
	}
	if diags := f(42, cty.GetAttrPath("password")); len(diags) != 1 || !strings.Contains(diags[0].Detail, "Expected a string, got a int") {
		t.Errorf("an int: %v", diags)
	}
}

// The drop-in: ValidateFunc's signature, as terraform-provider-tencentcloud
// uses it, with an error per reason and never the value (its
// ValidateAsConfigPassword ends each error with the password).
func TestSDKFuncIsADropIn(t *testing.T) {
	var f schema.SchemaValidateFunc = PasswordFunc("as:CreateLaunchConfiguration", "linux")
	ws, es := f(canary, "password")
	want := messages(t, canary, cvmpassword.Options{API: "as:CreateLaunchConfiguration", Targets: []string{"linux"}})
	if len(ws) != 0 || len(es) != len(want) {
		t.Fatalf("%v %v, want %v", ws, es, want)
	}
	for i, e := range es {
		if !strings.HasPrefix(e.Error(), "password: "+want[i]+".") || leaks(e.Error()) {
			t.Errorf("error %d: %q", i, e)
		}
	}
	if ws, es := f("Kanarie#Good42x", "password"); len(ws)+len(es) != 0 {
		t.Errorf("good: %v %v", ws, es)
	}
}

// In a schema, as the SDK runs it: a resource whose password attribute has
// the validator, validated from a configuration.
func TestSDKValidatesAResourceConfiguration(t *testing.T) {
	for _, attr := range []*schema.Schema{
		{Type: schema.TypeString, Optional: true, Sensitive: true, ValidateDiagFunc: PasswordDiag("cvm:RunInstances", "windows")},
		{Type: schema.TypeString, Optional: true, Sensitive: true, ValidateFunc: PasswordFunc("cvm:RunInstances", "windows")},
	} {
		resource := &schema.Resource{Schema: map[string]*schema.Schema{"password": attr}}
		if err := resource.InternalValidate(nil, true); err != nil {
			t.Fatal(err)
		}
		diags := resource.Validate(terraform.NewResourceConfigRaw(map[string]interface{}{"password": canary}))
		if len(diags) != 3 || !diags.HasError() {
			t.Errorf("%d diagnostics: %v", len(diags), diags)
		}
		for _, d := range diags {
			if leaks(d.Summary) || leaks(d.Detail) {
				t.Errorf("a diagnostic holds the password: %+v", d)
			}
		}
		if diags := resource.Validate(terraform.NewResourceConfigRaw(map[string]interface{}{"password": "Kanarie#Good42x"})); len(diags) != 0 {
			t.Errorf("good: %v", diags)
		}
		if diags := resource.Validate(terraform.NewResourceConfigRaw(map[string]interface{}{})); len(diags) != 0 {
			t.Errorf("unset: %v", diags)
		}
	}
}

// A validator misconfigured by the provider says so, as an error, without
// the value.
func TestAMisconfiguredValidatorSaysSo(t *testing.T) {
	resp := frameworkValidate(Password("cvm:RunInstance"), types.StringValue(canary))
	if resp.Diagnostics.ErrorsCount() != 1 || resp.Diagnostics[0].Summary() != "Invalid password validator" || leaks(resp.Diagnostics[0].Detail()) {
		t.Errorf("%v", resp.Diagnostics)
	}
	if _, errs := PasswordFunc("", "solaris")(canary, "password"); len(errs) != 1 || !strings.Contains(errs[0].Error(), "unknown target") || leaks(errs[0].Error()) {
		t.Errorf("%v", errs)
	}
	if diags := PasswordDiag("", "solaris")(canary, cty.GetAttrPath("password")); len(diags) != 1 || diags[0].Summary != "Invalid password validator" {
		t.Errorf("%v", diags)
	}
}

// Every check case of the interface vectors through each validator: one
// error per violation, in order, with the core's message.
func TestEveryVectorThroughTheValidators(t *testing.T) {
	data, err := os.ReadFile("../../tests/vectors/interface.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Check []struct {
			Name, API, Password string
			Repeat              int
			Username            *string
			Targets             []string
			Strict              bool
			Skip                map[string]string
		}
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	ran := 0
	for _, c := range file.Check {
		if _, skip := c.Skip["go"]; skip {
			continue
		}
		password := strings.Repeat(c.Password, max(c.Repeat, 1))
		rules := Rules{Options: cvmpassword.Options{API: c.API, Targets: c.Targets, Username: c.Username, Strict: c.Strict}}
		want := messages(t, password, rules.Options)
		resp := frameworkValidate(rules.Framework(), types.StringValue(password))
		diags := rules.Diag()(password, cty.GetAttrPath("password"))
		_, errs := rules.Func()(password, "password")
		if len(resp.Diagnostics) != len(want) || len(diags) != len(want) || len(errs) != len(want) {
			t.Errorf("%s: %d, %d, %d diagnostics for %d violations", c.Name, len(resp.Diagnostics), len(diags), len(errs), len(want))
			continue
		}
		for i, message := range want {
			if !strings.HasPrefix(resp.Diagnostics[i].Detail(), message+".") || !strings.HasPrefix(diags[i].Detail, message+".") ||
				!strings.HasPrefix(errs[i].Error(), "password: "+message+".") {
				t.Errorf("%s: diagnostic %d", c.Name, i)
			}
		}
		ran++
	}
	if ran < 80 {
		t.Errorf("ran %d cases", ran)
	}
}

// What the README's advice rests on: where a schema does not know the OS,
// "linux" refuses only what every OS refuses. For every API, each password
// generated for Windows (or any OS) is accepted for Linux.
func TestLinuxIsTheLeastStrict(t *testing.T) {
	apis, err := cvmpassword.APIs()
	if err != nil {
		t.Fatal(err)
	}
	for _, api := range apis {
		for _, targets := range [][]string{{"windows"}, nil} {
			for i := 0; i < 50; i++ {
				password, err := cvmpassword.Generate(cvmpassword.GenerateOptions{API: api.Name, Targets: targets, Length: []int{12, 16}[i%2]})
				if err != nil {
					t.Fatal(err)
				}
				verdict, _ := cvmpassword.Check(password, cvmpassword.Options{API: api.Name, Targets: []string{"linux"}})
				if !verdict.OK {
					t.Fatalf("%s: a password for %v refused for Linux: %v", api.Name, targets, verdict.Violations)
				}
			}
		}
		windows, _ := cvmpassword.Rules(cvmpassword.Options{API: api.Name, Targets: []string{"windows"}})
		linux, _ := cvmpassword.Rules(cvmpassword.Options{API: api.Name, Targets: []string{"linux"}})
		if linux.MinLength > windows.MinLength || linux.MaxLength < windows.MaxLength || linux.RequiredCategories > windows.RequiredCategories {
			t.Errorf("%s: Linux %+v stricter than Windows %+v", api.Name, linux, windows)
		}
		for _, c := range windows.Specials {
			if !strings.ContainsRune(linux.Specials, c) {
				t.Errorf("%s: Windows allows %q, Linux not", api.Name, c)
			}
		}
	}
}
