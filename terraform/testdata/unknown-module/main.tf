# A password known only at apply, given to a module whose variable has the
# validation.

terraform {
  required_providers {
    cvmpassword = { source = "cvm-password/cvmpassword" }
  }
}

variable "admin_password" {
  type      = string
  sensitive = true
}

resource "terraform_data" "seed" {
  input = var.admin_password
}

module "server" {
  source         = "./server"
  admin_password = sensitive(terraform_data.seed.output)
}
