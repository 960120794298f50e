terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

variable "admin_password" {
  type      = string
  sensitive = true

  validation {
    condition     = provider::cvmpassword::valid(var.admin_password, { api = "cvm:RunInstances", targets = ["windows"] })
    error_message = nonsensitive(join("\n", provider::cvmpassword::messages(var.admin_password, { api = "cvm:RunInstances", targets = ["windows"] })))
  }
}

resource "terraform_data" "instance" {
  input = var.admin_password
}
