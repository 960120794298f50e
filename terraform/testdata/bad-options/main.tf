# Options that are wrong: the password put among the targets, and a
# mistyped API. Errors of the options argument, never with the password.

terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

variable "admin_password" {
  type      = string
  sensitive = true

  validation {
    condition     = provider::cvmpassword::valid(var.admin_password, { api = "cvm:RunInstances", targets = ["windows", var.admin_password] })
    error_message = "unreachable"
  }
}
