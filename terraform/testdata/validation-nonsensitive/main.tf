# The validation example with a variable that is not sensitive: Terraform
# itself prints the value beside the failed validation (pinned by a test).

terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

locals {
  password_options = { api = "cvm:RunInstances", targets = ["windows"] }
}

variable "admin_password" {
  type = string

  validation {
    condition     = provider::cvmpassword::valid(var.admin_password, local.password_options)
    error_message = join("\n", provider::cvmpassword::messages(var.admin_password, local.password_options))
  }
}
