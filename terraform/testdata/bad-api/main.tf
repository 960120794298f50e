# A mistyped API in a call with constant arguments: `terraform validate`
# calls it and reports the error.

terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

output "rules" {
  value = provider::cvmpassword::rules({ api = "cvm:RunInstance" })
}
