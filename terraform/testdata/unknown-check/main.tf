# A password known only at apply, in a check block.

terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

locals {
  password_options = { api = "cvm:RunInstances", targets = ["windows"] }
  admin_password   = sensitive(terraform_data.seed.output)
}

variable "admin_password" {
  type      = string
  sensitive = true
}

resource "terraform_data" "seed" {
  input = var.admin_password
}

check "admin_password" {
  assert {
    condition     = provider::cvmpassword::valid(local.admin_password, local.password_options)
    error_message = nonsensitive(join("\n", provider::cvmpassword::messages(local.admin_password, local.password_options)))
  }
}

resource "terraform_data" "instance" {
  input = local.admin_password
}
