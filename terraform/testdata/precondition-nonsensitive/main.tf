# A variable that is not sensitive, checked through a sensitive local: no
# value is printed. Uses check() and its object.

terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

locals {
  password_options = { api = "cvm:RunInstances", targets = ["windows"] }
  admin_password   = sensitive(var.admin_password)
  verdict          = provider::cvmpassword::check(local.admin_password, local.password_options)
}

variable "admin_password" {
  type = string
}

resource "terraform_data" "instance" {
  input = local.admin_password

  lifecycle {
    precondition {
      condition     = local.verdict.ok
      error_message = nonsensitive(join("\n", [for v in local.verdict.violations : "${v.message} [${v.code}, ${coalesce(v.api_error_code, "no API error code")}]"]))
    }
  }
}
