# A password known only at apply, as a random_password's result is: the
# seed's output is unknown at plan, and is the variable's value at apply.

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

resource "terraform_data" "instance" {
  input = local.admin_password

  lifecycle {
    precondition {
      condition     = provider::cvmpassword::valid(local.admin_password, local.password_options)
      error_message = nonsensitive(join("\n", provider::cvmpassword::messages(local.admin_password, local.password_options)))
    }
  }
}
