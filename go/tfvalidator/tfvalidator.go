// Package tfvalidator checks a password attribute of a Terraform provider's
// schema with the cvm-password engine: a terraform-plugin-framework
// validator.String, and the SDKv2's SchemaValidateDiagFunc and
// SchemaValidateFunc. Each is configured with an API and the OS of the
// instances, states every reason the API would refuse the password, one
// diagnostic each, and never echoes the value. Null and unknown values
// pass: Terraform checks them when they are known.
//
// For terraform-provider-tencentcloud, one line replaces
// ValidateAsConfigPassword:
//
//	ValidateFunc: tfvalidator.PasswordFunc("as:CreateLaunchConfiguration", "linux"),
//
// It is a module of its own, so that a program that only checks passwords
// (the module github.com/cvm-password/cvm-password/go) pays for no
// Terraform library.
package tfvalidator

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/hashicorp/go-cty/cty"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-sdk/v2/diag"
	"github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// Rules are what a validator checks a password against.
type Rules struct {
	// Options are cvmpassword.Check's: the API ("" is
	// cvm:ResetInstancesPassword), the OS of the instances (none: any OS,
	// the strictest reading), the username, the strict reading, the
	// language of the messages.
	Options cvmpassword.Options
	// Warnings makes the engine's warnings (a rule only some of the API's
	// sources state, a length below the recommended one) warning
	// diagnostics; without it, only what the API would refuse is reported.
	Warnings bool
}

// Password is a terraform-plugin-framework validator of a password
// attribute: every reason the API would refuse the password for instances
// of the targets ("linux", "ubuntu", "windows", "unknown"; none is any
// OS), as an attribute error each.
func Password(api string, targets ...string) validator.String {
	return Rules{Options: cvmpassword.Options{API: api, Targets: targets}}.Framework()
}

// PasswordDiag is an SDKv2 ValidateDiagFunc of a password attribute: every
// reason the API would refuse the password, a diagnostic each.
func PasswordDiag(api string, targets ...string) schema.SchemaValidateDiagFunc {
	return Rules{Options: cvmpassword.Options{API: api, Targets: targets}}.Diag()
}

// PasswordFunc is an SDKv2 ValidateFunc of a password attribute, the older
// signature that terraform-provider-tencentcloud's schemas use: every
// reason the API would refuse the password, an error each.
func PasswordFunc(api string, targets ...string) schema.SchemaValidateFunc {
	return Rules{Options: cvmpassword.Options{API: api, Targets: targets}}.Func()
}

// finding is one diagnostic's summary and detail.
type finding struct {
	warning         bool
	summary, detail string
}

// findings are the diagnostics of a password: none when the API would
// accept it. They hold no character of the password or the username.
func (r Rules) findings(password string) []finding {
	verdict, err := cvmpassword.Check(password, r.Options)
	if err != nil {
		// A bad configuration of the validator, the provider's: its
		// error names what was expected, never a value.
		return []finding{{summary: "Invalid password validator", detail: "The provider's password validator is misconfigured: " +
			strings.TrimPrefix(err.Error(), cvmpassword.ErrOptions.Error()+": ") + ". This is a bug of the provider."}}
	}
	api := r.Options.API
	if api == "" {
		api = "cvm:ResetInstancesPassword"
	}
	var out []finding
	for _, v := range verdict.Violations {
		detail := v.Message + "."
		if v.APIErrorCode != "" {
			detail += fmt.Sprintf(" %s would answer %s.", api, v.APIErrorCode)
		}
		out = append(out, finding{summary: "Invalid password", detail: detail})
	}
	if r.Warnings {
		for _, w := range verdict.Warnings {
			out = append(out, finding{warning: true, summary: "Password warning", detail: w.Message + "."})
		}
	}
	return out
}

// description says what the validator checks.
func (r Rules) description() string {
	api := r.Options.API
	if api == "" {
		api = "cvm:ResetInstancesPassword"
	}
	targets := "any OS"
	if len(r.Options.Targets) > 0 {
		targets = strings.Join(r.Options.Targets, ", ")
	}
	strict := ""
	if r.Options.Strict {
		strict = ", by every source of its rules"
	}
	return fmt.Sprintf("a password %s accepts for instances of %s%s", api, targets, strict)
}

// Framework is a terraform-plugin-framework validator.String of the rules.
func (r Rules) Framework() validator.String {
	return frameworkValidator{r}
}

type frameworkValidator struct{ rules Rules }

func (v frameworkValidator) Description(context.Context) string {
	return "value must be " + v.rules.description()
}

func (v frameworkValidator) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (v frameworkValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	for _, f := range v.rules.findings(req.ConfigValue.ValueString()) {
		if f.warning {
			resp.Diagnostics.AddAttributeWarning(req.Path, f.summary, f.detail)
		} else {
			resp.Diagnostics.AddAttributeError(req.Path, f.summary, f.detail)
		}
	}
}

// Diag is an SDKv2 SchemaValidateDiagFunc of the rules.
func (r Rules) Diag() schema.SchemaValidateDiagFunc {
	return func(value interface{}, path cty.Path) diag.Diagnostics {
		password, ok := value.(string)
		if !ok {
			if value == nil {
				return nil
			}
			return diag.Diagnostics{{Severity: diag.Error, Summary: "Invalid password",
				Detail: fmt.Sprintf("Expected a string, got a %T.", value), AttributePath: path}}
		}
		var diags diag.Diagnostics
		for _, f := range r.findings(password) {
			severity := diag.Error
			if f.warning {
				severity = diag.Warning
			}
			diags = append(diags, diag.Diagnostic{Severity: severity, Summary: f.summary, Detail: f.detail, AttributePath: path})
		}
		return diags
	}
}

// Func is an SDKv2 SchemaValidateFunc of the rules: an error per violation,
// "<key>: <reason>", a warning string per warning if asked.
func (r Rules) Func() schema.SchemaValidateFunc {
	return func(value interface{}, key string) (warnings []string, errs []error) {
		password, ok := value.(string)
		if !ok {
			if value == nil {
				return nil, nil
			}
			return nil, []error{fmt.Errorf("%s: expected a string, got a %T", key, value)}
		}
		for _, f := range r.findings(password) {
			if f.warning {
				warnings = append(warnings, key+": "+f.detail)
			} else {
				errs = append(errs, errors.New(key+": "+f.detail))
			}
		}
		return warnings, errs
	}
}
