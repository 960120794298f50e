package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/types"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// An unknown argument: Terraform does not call a function whose parameters
// do not allow unknown values (none here does) and takes its result as
// unknown, so a check of a password known only after apply waits for it. A
// call that reaches the provider with one anyway (through the protocol)
// gets an unknown result too, never a verdict on a value not yet there.

var passwordParameter = function.StringParameter{
	Name:        "password",
	Description: "The password to check. It is never repeated in a result or an error.",
}

var optionsParameter = function.DynamicParameter{
	Name:                "options",
	AllowNullValue:      true,
	Description:         optionsDescription,
	MarkdownDescription: optionsDescription,
}

// verdictOf checks the password argument (position 0) against the options
// argument (position 1); known is false when either is unknown.
func verdictOf(ctx context.Context, req function.RunRequest) (verdict cvmpassword.Verdict, known bool, ferr *function.FuncError) {
	var password types.String
	var options types.Dynamic
	if ferr := req.Arguments.Get(ctx, &password, &options); ferr != nil {
		return verdict, false, ferr
	}
	opts, known, ferr := readOptions(ctx, options, optionsPosition)
	if ferr != nil || !known || password.IsUnknown() {
		return verdict, false, ferr
	}
	if password.IsNull() {
		return verdict, false, function.NewArgumentFuncError(0, "password must not be null")
	}
	verdict, err := cvmpassword.Check(password.ValueString(), opts)
	if err != nil {
		return verdict, false, function.NewArgumentFuncError(optionsPosition, engineError(err))
	}
	return verdict, true, nil
}

// check

type checkFunction struct{}

func (checkFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "check"
}

func (checkFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	const description = "Checks a password for a Tencent Cloud instance against the rules of an API and says every " +
		"reason the API would refuse it. Returns an object: `ok` (whether the API would accept it; warnings do " +
		"not count), `length` (in characters), `violations` and `warnings` (each a list of objects with " +
		"`code`, `severity`, `api_error_code`, null where none, and `message`) and `messages` (the " +
		"violations' messages). No part of it holds a character of the password."
	resp.Definition = function.Definition{
		Summary:             "Every reason an API would refuse a password",
		Description:         description,
		MarkdownDescription: description,
		Parameters:          []function.Parameter{passwordParameter, optionsParameter},
		Return:              function.ObjectReturn{AttributeTypes: verdictType},
	}
}

func (checkFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	verdict, known, ferr := verdictOf(ctx, req)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	if !known {
		resp.Error = resp.Result.Set(ctx, types.ObjectUnknown(verdictType))
		return
	}
	resp.Error = resp.Result.Set(ctx, verdictValue(verdict))
}

// valid

type validFunction struct{}

func (validFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "valid"
}

func (validFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	const description = "Whether the API would accept the password: `check(password, options).ok`, " +
		"for a validation's or a precondition's `condition`."
	resp.Definition = function.Definition{
		Summary:             "Whether an API would accept a password",
		Description:         description,
		MarkdownDescription: description,
		Parameters:          []function.Parameter{passwordParameter, optionsParameter},
		Return:              function.BoolReturn{},
	}
}

func (validFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	verdict, known, ferr := verdictOf(ctx, req)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	if !known {
		resp.Error = resp.Result.Set(ctx, types.BoolUnknown())
		return
	}
	resp.Error = resp.Result.Set(ctx, types.BoolValue(verdict.OK))
}

// messages

type messagesFunction struct{}

func (messagesFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "messages"
}

func (messagesFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	const description = "Every reason the API would refuse the password, as the core's messages, in the " +
		"order of the rules; empty when it would accept it. For an `error_message`: " +
		"`nonsensitive(join(\"; \", provider::cvmpassword::messages(var.password, {})))`. No message holds " +
		"a character of the password."
	resp.Definition = function.Definition{
		Summary:             "The reasons an API would refuse a password, as messages",
		Description:         description,
		MarkdownDescription: description,
		Parameters:          []function.Parameter{passwordParameter, optionsParameter},
		Return:              function.ListReturn{ElementType: types.StringType},
	}
}

func (messagesFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	verdict, known, ferr := verdictOf(ctx, req)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	if !known {
		resp.Error = resp.Result.Set(ctx, types.ListUnknown(types.StringType))
		return
	}
	resp.Error = resp.Result.Set(ctx, types.ListValueMust(types.StringType, messages(verdict)))
}

// rules

type rulesFunction struct{}

func (rulesFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "rules"
}

func (rulesFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	const description = "The rules of an API for the targets, as the core describes them (the CLI's " +
		"`rules --json`): `min_length`, `max_length`, `required_categories`, `letters_as_one`, `categories`, " +
		"`specials`, `bans_leading_slash`, `banned_first`, `bans_username`, `generated_length`... With " +
		"`strict = true`, the rules every source of the API states: what a generator should follow. Takes " +
		"the same options as check; `username` and `lang` play no part."
	resp.Definition = function.Definition{
		Summary:             "The rules of an API, as data",
		Description:         description,
		MarkdownDescription: description,
		Parameters: []function.Parameter{function.DynamicParameter{
			Name:                "options",
			AllowNullValue:      true,
			Description:         optionsDescription,
			MarkdownDescription: optionsDescription,
		}},
		Return: function.ObjectReturn{AttributeTypes: rulesType.AttrTypes},
	}
}

func (rulesFunction) Run(ctx context.Context, req function.RunRequest, resp *function.RunResponse) {
	var options types.Dynamic
	if resp.Error = req.Arguments.Get(ctx, &options); resp.Error != nil {
		return
	}
	opts, known, ferr := readOptions(ctx, options, 0)
	if ferr != nil {
		resp.Error = ferr
		return
	}
	if !known {
		resp.Error = resp.Result.Set(ctx, types.ObjectUnknown(rulesType.AttrTypes))
		return
	}
	rules, err := cvmpassword.Rules(opts)
	if err != nil {
		resp.Error = function.NewArgumentFuncError(0, engineError(err))
		return
	}
	value, err := described(rulesType, rules)
	if err != nil {
		resp.Error = function.NewFuncError("cvmpassword: " + err.Error())
		return
	}
	resp.Error = resp.Result.Set(ctx, value)
}

// apis

type apisFunction struct{}

func (apisFunction) Metadata(_ context.Context, _ function.MetadataRequest, resp *function.MetadataResponse) {
	resp.Name = "apis"
}

func (apisFunction) Definition(_ context.Context, _ function.DefinitionRequest, resp *function.DefinitionResponse) {
	const description = "Every API whose rules the provider knows, \"cvm:ResetInstancesPassword\" first, as the " +
		"core describes them (the CLI's `apis --json`): `name`, `family`, `letter`, `mix`, `takes_username`, " +
		"`password_error_code`, `error_codes`, `parameters`, `sources` and `disputes`."
	resp.Definition = function.Definition{
		Summary:             "Every API the provider knows",
		Description:         description,
		MarkdownDescription: description,
		Return:              function.ListReturn{ElementType: apiType},
	}
}

func (apisFunction) Run(ctx context.Context, _ function.RunRequest, resp *function.RunResponse) {
	apis, err := cvmpassword.APIs()
	if err != nil {
		resp.Error = function.NewFuncError("cvmpassword: " + err.Error())
		return
	}
	values := make([]attr.Value, len(apis))
	for i, api := range apis {
		if values[i], err = described(apiType, api); err != nil {
			resp.Error = function.NewFuncError("cvmpassword: " + err.Error())
			return
		}
	}
	resp.Error = resp.Result.Set(ctx, types.ListValueMust(apiType, values))
}
