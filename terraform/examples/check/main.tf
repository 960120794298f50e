# A check block: a bad password is a warning, and plan and apply go on.

terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

locals {
  password_options = { api = "cvm:RunInstances", targets = ["windows"] }
}

variable "admin_password" {
  type      = string
  sensitive = true
}

check "admin_password" {
  assert {
    condition     = provider::cvmpassword::valid(var.admin_password, local.password_options)
    error_message = nonsensitive(join("\n", provider::cvmpassword::messages(var.admin_password, local.password_options)))
  }
}

# Stands in for tencentcloud_instance, whose password = var.admin_password.
resource "terraform_data" "instance" {
  input = var.admin_password
}
