# A precondition on the resource that uses the password: checked at plan
# when the password is known, at apply (before the resource is created)
# when it is known only then, such as a random_password's result.

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

# Stands in for tencentcloud_instance, whose password = var.admin_password.
resource "terraform_data" "instance" {
  input = var.admin_password

  lifecycle {
    precondition {
      condition     = provider::cvmpassword::valid(var.admin_password, local.password_options)
      error_message = nonsensitive(join("\n", provider::cvmpassword::messages(var.admin_password, local.password_options)))
    }
  }
}
