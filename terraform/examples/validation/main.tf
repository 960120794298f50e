# A variable's validation: a bad password stops `terraform plan` with every
# reason, before anything is created. The variable must be sensitive:
# Terraform prints a non-sensitive variable's value beside a failed
# validation.

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

  validation {
    condition     = provider::cvmpassword::valid(var.admin_password, local.password_options)
    error_message = nonsensitive(join("\n", provider::cvmpassword::messages(var.admin_password, local.password_options)))
  }
}

# Stands in for tencentcloud_instance, whose password = var.admin_password.
resource "terraform_data" "instance" {
  input = var.admin_password
}
