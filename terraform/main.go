// Command terraform-provider-cvmpassword is a Terraform provider that offers
// functions only: provider::cvmpassword::check, valid, messages, rules and
// apis. It checks a password for a Tencent Cloud instance at plan time, with
// the cvm-password engine: every reason the API would refuse it, never the
// password itself.
package main

import (
	"context"
	"flag"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"

	"github.com/cvm-password/cvm-password/terraform/internal/provider"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	var debug bool
	flag.BoolVar(&debug, "debug", false, "run the provider for a debugger (TF_REATTACH_PROVIDERS)")
	flag.Parse()
	err := providerserver.Serve(context.Background(), provider.New(version), providerserver.ServeOpts{
		Address: provider.Address,
		Debug:   debug,
	})
	if err != nil {
		log.Fatal(err)
	}
}
