// Package provider is the cvmpassword provider: functions only, no
// resource, no data source, no configuration. Every function is pure and
// answers from the cvm-password engine (the Go module of the repository),
// which decides every rule, message and description; this package only
// translates Terraform values to its options and its results to Terraform
// values.
package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/function"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"
)

// Address is the provider's source address.
const Address = "registry.terraform.io/cvm-password/cvmpassword"

var _ provider.ProviderWithFunctions = (*cvmpasswordProvider)(nil)

type cvmpasswordProvider struct {
	version string
}

// New returns the provider's constructor, for providerserver.
func New(version string) func() provider.Provider {
	return func() provider.Provider {
		return &cvmpasswordProvider{version: version}
	}
}

func (p *cvmpasswordProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "cvmpassword"
	resp.Version = p.version
}

func (p *cvmpasswordProvider) Schema(context.Context, provider.SchemaRequest, *provider.SchemaResponse) {
}

func (p *cvmpasswordProvider) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {
}

func (p *cvmpasswordProvider) Resources(context.Context) []func() resource.Resource {
	return nil
}

func (p *cvmpasswordProvider) DataSources(context.Context) []func() datasource.DataSource {
	return nil
}

func (p *cvmpasswordProvider) Functions(context.Context) []func() function.Function {
	return []func() function.Function{
		func() function.Function { return checkFunction{} },
		func() function.Function { return validFunction{} },
		func() function.Function { return messagesFunction{} },
		func() function.Function { return rulesFunction{} },
		func() function.Function { return apisFunction{} },
	}
}
