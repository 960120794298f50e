package provider

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// The real binary: Terraform (the path in CVMPASSWORD_TERRAFORM; the
// script scripts/test-terraform.sh builds 1.13.3 and sets it) runs
// validate, plan and apply on the examples and test configurations, with
// this provider built from this module and installed through a
// dev_overrides CLI configuration. The password is a canary, "kanarie" in
// some case, looked for in every output and in a TF_LOG=trace log.

const (
	badPassword  = "/kanarie €" // Windows, RunInstances: too short, too few categories, 2 disallowed characters
	goodPassword = "Kanarie#Good42x"
)

// leaks is whether text holds the canary, in any case.
func leaks(text string) bool {
	return strings.Contains(strings.ToLower(text), "kanarie")
}

var binary struct {
	terraform, config string
	plugin            string // the provider's executable
	openTofu          bool   // CVMPASSWORD_TERRAFORM may be tofu: the tests run with OpenTofu too
}

func TestMain(m *testing.M) {
	os.Exit(func() int {
		binary.terraform = os.Getenv("CVMPASSWORD_TERRAFORM")
		if binary.terraform == "" {
			return m.Run()
		}
		dir, err := os.MkdirTemp("", "cvmpassword-provider")
		if err != nil {
			panic(err)
		}
		defer os.RemoveAll(dir)
		plugins := filepath.Join(dir, "plugins")
		binary.plugin = filepath.Join(plugins, "terraform-provider-cvmpassword")
		build := exec.Command("go", "build", "-o", binary.plugin, "../..")
		build.Stdout, build.Stderr = os.Stdout, os.Stderr
		if err := build.Run(); err != nil {
			panic(err)
		}
		cmd := exec.Command(binary.terraform, "version")
		cmd.Env = append(os.Environ(), "TF_CLI_CONFIG_FILE=/dev/null", "CHECKPOINT_DISABLE=1")
		version, err := cmd.Output()
		if err != nil {
			panic(fmt.Sprintf("%s version: %v\n%s", binary.terraform, err, version))
		}
		binary.openTofu = strings.HasPrefix(string(version), "OpenTofu ")
		binary.config = filepath.Join(dir, "dev.tfrc")
		config := fmt.Sprintf("provider_installation {\n  dev_overrides {\n    %q = %q\n  }\n  direct {}\n}\n", "cvm-password/cvmpassword", plugins)
		if err := os.WriteFile(binary.config, []byte(config), 0o600); err != nil {
			panic(err)
		}
		return m.Run()
	}())
}

func needTerraform(t *testing.T) {
	t.Helper()
	if binary.terraform == "" {
		t.Skip("CVMPASSWORD_TERRAFORM is not set: scripts/test-terraform.sh builds Terraform and sets it")
	}
}

// workdir is a copy of a configuration directory (relative to terraform/).
func workdir(t *testing.T, config string) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join("..", "..", config)
	err := filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if info.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

type result struct {
	output string // stdout and stderr
	code   int
	log    string // the TF_LOG=trace log, when asked for
}

// run runs terraform in dir with the environment given (KEY=value) over a
// clean one: none of the caller's TF_ variables, the CLI configuration
// with the dev override, no checkpoint call, no input.
func run(t *testing.T, dir string, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary.terraform, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "TF_") && !strings.HasPrefix(kv, "CHECKPOINT_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "TF_CLI_CONFIG_FILE="+binary.config, "CHECKPOINT_DISABLE=1", "TF_IN_AUTOMATION=1", "TF_INPUT=0")
	cmd.Env = append(cmd.Env, env...)
	var r result
	logPath := ""
	for _, kv := range env {
		if strings.HasPrefix(kv, "TF_LOG_PATH=") {
			logPath = strings.TrimPrefix(kv, "TF_LOG_PATH=")
		}
	}
	out, err := cmd.CombinedOutput()
	r.output = string(out)
	if exit, ok := err.(*exec.ExitError); ok {
		r.code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if logPath != "" {
		data, err := os.ReadFile(logPath)
		if err != nil {
			t.Fatal(err)
		}
		r.log = string(data)
	}
	t.Logf("terraform %s: exit %d\n%s", strings.Join(args, " "), r.code, r.output)
	return r
}

var space = regexp.MustCompile(`[\s│]+`)

// flat is text with its line wrapping undone: Terraform wraps messages.
func flat(text string) string {
	return space.ReplaceAllString(text, " ")
}

// reasons are the core's messages for the bad password, Windows,
// RunInstances: what each failing run must state.
func reasons(t *testing.T) []string {
	t.Helper()
	verdict, err := cvmpassword.Check(badPassword, cvmpassword.Options{API: "cvm:RunInstances", Targets: []string{"windows"}})
	if err != nil || len(verdict.Violations) != 3 {
		t.Fatalf("%v %v", verdict, err)
	}
	var out []string
	for _, v := range verdict.Violations {
		out = append(out, v.Message)
	}
	return out
}

// expect checks a run: its exit code, the texts its output must hold,
// every reason if asked, and no canary in its output or log.
func expect(t *testing.T, r result, code int, withReasons bool, texts ...string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit %d, want %d", r.code, code)
	}
	if withReasons {
		texts = append(texts, reasons(t)...)
	}
	for _, text := range texts {
		if !strings.Contains(flat(r.output), flat(text)) {
			t.Errorf("the output lacks %q", text)
		}
	}
	if leaks(r.output) {
		t.Errorf("the output holds the password")
	}
	if leaks(r.log) {
		t.Errorf("the trace log holds the password")
	}
}

func pwEnv(password string) []string {
	return []string{"TF_VAR_admin_password=" + password}
}

// Each example and test configuration passes `terraform validate`: the
// functions' signatures as Terraform reads them from the provider.
func TestTerraformValidate(t *testing.T) {
	needTerraform(t)
	for _, config := range []string{
		"examples/validation", "examples/precondition", "examples/check",
		"testdata/validation-nonsensitive", "testdata/precondition-nonsensitive", "testdata/check-nonsensitive",
		"testdata/unknown-precondition", "testdata/unknown-check",
	} {
		t.Run(config, func(t *testing.T) {
			expect(t, run(t, workdir(t, config), nil, "validate", "-no-color"), 0, false, "Success! The configuration is valid")
		})
	}
}

// The three placements, the variable sensitive: a bad password fails plan
// with every reason (the check block warns), a good one plans cleanly, and
// neither is in any output, nor in a trace log.
func TestTerraformPlacements(t *testing.T) {
	needTerraform(t)
	for _, c := range []struct {
		config string
		code   int
		header string
	}{
		{"examples/validation", 1, "Error: Invalid value for variable"},
		{"examples/precondition", 1, "Error: Resource precondition failed"},
		{"examples/check", 0, "Warning: Check block assertion failed"},
		{"testdata/precondition-nonsensitive", 1, "Error: Resource precondition failed"},
		{"testdata/check-nonsensitive", 0, "Warning: Check block assertion failed"},
	} {
		t.Run(c.config, func(t *testing.T) {
			dir := workdir(t, c.config)
			bad := run(t, dir, pwEnv(badPassword), "plan", "-no-color")
			expect(t, bad, c.code, true, c.header)
			good := run(t, dir, pwEnv(goodPassword), "plan", "-no-color")
			expect(t, good, 0, false, "terraform_data.instance will be created", "(sensitive value)")
			if strings.Contains(good.output, "Warning: Check block") || strings.Contains(good.output, "Error") {
				t.Error("the good password was not clean")
			}
			// The same bad run, traced: Terraform's and the provider's
			// logs hold no canary either.
			logPath := filepath.Join(t.TempDir(), "trace.log")
			traced := run(t, dir, append(pwEnv(badPassword), "TF_LOG=trace", "TF_LOG_PATH="+logPath), "plan", "-no-color")
			expect(t, traced, c.code, true, c.header)
			if !strings.Contains(traced.log, "CallFunction") && !strings.Contains(traced.log, "call_function") && !strings.Contains(traced.log, "function") {
				t.Error("the trace log shows no function call: is it a trace?")
			}
		})
	}
}

// From a .tfvars file: a precondition and a check block print no
// canary, in the output or the trace log; a failed validation shows the
// line of the file that set the value, password and all, sensitive or not
// with Terraform (pinned, so that the README stays true).
func TestTerraformTfvarsFile(t *testing.T) {
	needTerraform(t)
	for _, c := range []struct {
		config string
		code   int
		header string
	}{
		{"examples/precondition", 1, "Error: Resource precondition failed"},
		{"examples/check", 0, "Warning: Check block assertion failed"},
		{"examples/validation", 1, "Error: Invalid value for variable"},
	} {
		t.Run(c.config, func(t *testing.T) {
			dir := workdir(t, c.config)
			if err := os.WriteFile(filepath.Join(dir, "secret.tfvars"), []byte(fmt.Sprintf("admin_password = %q\n", badPassword)), 0o600); err != nil {
				t.Fatal(err)
			}
			logPath := filepath.Join(t.TempDir(), "trace.log")
			r := run(t, dir, []string{"TF_LOG=trace", "TF_LOG_PATH=" + logPath}, "plan", "-no-color", "-var-file=secret.tfvars")
			if c.config != "examples/validation" || binary.openTofu {
				// OpenTofu (1.12.6) points at the variable block.
				expect(t, r, c.code, true, c.header)
				return
			}
			if r.code != 1 || !strings.Contains(r.output, `1: admin_password = "`+badPassword+`"`) || leaks(r.log) {
				t.Errorf("Terraform no longer shows the .tfvars line of a failed validation: update the README")
			}
		})
	}
}

// What Terraform itself does, pinned so that the README stays true: a
// variable that is not sensitive is printed beside its failed validation,
// and a value given with -var is in the trace log's command line.
func TestTerraformPrintsWhatIsNotSensitive(t *testing.T) {
	needTerraform(t)
	r := run(t, workdir(t, "testdata/validation-nonsensitive"), pwEnv(badPassword), "plan", "-no-color")
	if r.code != 1 || !strings.Contains(r.output, `var.admin_password is "`+badPassword+`"`) {
		t.Errorf("Terraform no longer prints a non-sensitive variable beside its validation: update the README")
	}
	for _, reason := range reasons(t) {
		if !strings.Contains(flat(r.output), flat(reason)) {
			t.Errorf("the output lacks %q", reason)
		}
	}
	logPath := filepath.Join(t.TempDir(), "trace.log")
	r = run(t, workdir(t, "examples/validation"), []string{"TF_LOG=trace", "TF_LOG_PATH=" + logPath}, "plan", "-no-color", "-var", "admin_password="+badPassword)
	if r.code != 1 || leaks(r.output) || !leaks(r.log) {
		t.Errorf("Terraform no longer logs -var values: update the README (exit %d)", r.code)
	}
}

// A password known only at apply: plan goes on (the functions are not
// called with an unknown value), and apply stops before the resource that
// uses it, with every reason (the check block warns after apply).
func TestTerraformUnknownPassword(t *testing.T) {
	needTerraform(t)
	for _, c := range []struct {
		config         string
		plan           string
		applyCode      int
		apply          string
		instanceExists bool
	}{
		{"testdata/unknown-precondition", "Plan: 2 to add", 1, "Error: Resource precondition failed", false},
		{"testdata/unknown-check", "Check block assertion known after apply", 0, "Warning: Check block assertion failed", true},
		{"testdata/unknown-module", "Plan: 2 to add", 1, "Error: Invalid value for variable", false},
	} {
		t.Run(c.config, func(t *testing.T) {
			prepared := func() string {
				dir := workdir(t, c.config)
				if strings.HasSuffix(c.config, "module") {
					expect(t, run(t, dir, nil, "get", "-no-color"), 0, false)
				}
				return dir
			}
			dir := prepared()
			expect(t, run(t, dir, pwEnv(badPassword), "plan", "-no-color"), 0, false, c.plan)
			apply := run(t, dir, pwEnv(badPassword), "apply", "-auto-approve", "-no-color")
			expect(t, apply, c.applyCode, true, c.apply)
			state := run(t, dir, nil, "state", "list")
			if got := strings.Contains(state.output, "terraform_data.instance"); got != c.instanceExists {
				t.Errorf("the instance exists: %v, want %v", got, c.instanceExists)
			}
			// A new state: terraform_data.seed, the stand-in for a
			// random_password, has an output that is not sensitive, and
			// an update would print the old one.
			good := run(t, prepared(), pwEnv(goodPassword), "apply", "-auto-approve", "-no-color")
			expect(t, good, 0, false, "Apply complete!")
			if strings.Contains(good.output, "Warning: Check block") {
				t.Error("the good password was not clean")
			}
		})
	}
}

// Bad options, the password put among the targets, in each placement:
// plan stops with an error of the options argument that holds no
// password (in a check block too: a function's error is an error). A
// constant call with a mistyped API fails validate already.
func TestTerraformBadOptions(t *testing.T) {
	needTerraform(t)
	for _, example := range []string{"examples/validation", "examples/precondition", "examples/check"} {
		t.Run(example, func(t *testing.T) {
			dir := workdir(t, example)
			main := filepath.Join(dir, "main.tf")
			config, err := os.ReadFile(main)
			if err != nil {
				t.Fatal(err)
			}
			bad := strings.Replace(string(config), `targets = ["windows"] }`, `targets = ["windows", var.admin_password] }`, 1)
			if strings.HasSuffix(example, "validation") {
				// A local that refers to the variable would be a cycle
				// with its validation.
				bad = strings.ReplaceAll(string(config), "local.password_options)", `{ api = "cvm:RunInstances", targets = ["windows", var.admin_password] })`)
			}
			if bad == string(config) {
				t.Fatal("no targets to spoil")
			}
			if err := os.WriteFile(main, []byte(bad), 0o644); err != nil {
				t.Fatal(err)
			}
			r := run(t, dir, pwEnv(badPassword), "plan", "-no-color")
			expect(t, r, 1, false, "Error: Invalid function argument", `Invalid value for "options" parameter: unknown target: expected linux, ubuntu, windows or unknown`)
		})
	}
	r := run(t, workdir(t, "testdata/bad-api"), nil, "validate", "-no-color")
	expect(t, r, 1, false, `Invalid value for "options" parameter: unknown API`, "the nearest is cvm:RunInstances")
}

// The README's random_password recipe, run by Terraform for every API and
// batch: its arguments are the ones the Go test of the pairing makes its
// 1,000 passwords per batch with.
func TestTerraformRandomPasswordRecipe(t *testing.T) {
	needTerraform(t)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile("(?s)```hcl\n(locals \\{\n  # The rules every source.*?)\nresource ").FindSubmatch(readme)
	if block == nil {
		t.Fatal("no recipe in the README")
	}
	dir := t.TempDir()
	module := "terraform {\n  required_providers {\n    cvmpassword = { source = \"cvm-password/cvmpassword\" }\n  }\n}\n\n" +
		"variable \"password_options\" {\n  type = any\n}\n\nlocals {\n  password_options = var.password_options\n}\n\n" +
		string(block[1]) + "\n" +
		"output \"head\" {\n  value = local.head\n}\n\noutput \"random_password\" {\n  value = local.random_password\n}\n"
	root := "terraform {\n  required_providers {\n    cvmpassword = { source = \"cvm-password/cvmpassword\" }\n  }\n}\n\n" +
		"locals {\n  batches = { for pair in setproduct([for api in provider::cvmpassword::apis() : api.name], [\"linux\", \"ubuntu\", \"windows\", \"linux,windows\", \"\"]) :\n" +
		"    \"${pair[0]} ${pair[1]}\" => { api = pair[0], targets = compact(split(\",\", pair[1])) } }\n}\n\n" +
		"module \"recipe\" {\n  source           = \"./recipe\"\n  for_each         = local.batches\n  password_options = each.value\n}\n\n" +
		"output \"recipes\" {\n  value = { for name, m in module.recipe : name => { head = m.head, random_password = m.random_password } }\n}\n"
	if err := os.MkdirAll(filepath.Join(dir, "recipe"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "recipe", "main.tf"), []byte(module), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.tf"), []byte(root), 0o644); err != nil {
		t.Fatal(err)
	}
	expect(t, run(t, dir, nil, "get", "-no-color"), 0, false)
	expect(t, run(t, dir, nil, "apply", "-auto-approve", "-no-color"), 0, false, "Apply complete!")
	out := run(t, dir, nil, "output", "-json", "recipes")
	var recipes map[string]struct {
		Head           int `json:"head"`
		RandomPassword struct {
			Length          int    `json:"length"`
			Lower           bool   `json:"lower"`
			Upper           bool   `json:"upper"`
			Numeric         bool   `json:"numeric"`
			Special         bool   `json:"special"`
			MinLower        int    `json:"min_lower"`
			MinUpper        int    `json:"min_upper"`
			MinNumeric      int    `json:"min_numeric"`
			MinSpecial      int    `json:"min_special"`
			OverrideSpecial string `json:"override_special"`
		} `json:"random_password"`
	}
	if err := json.Unmarshal([]byte(out.output), &recipes); err != nil {
		t.Fatalf("%v: %s", err, out.output)
	}
	apis, _ := cvmpassword.APIs()
	if len(recipes) != len(apis)*len(batches) {
		t.Fatalf("%d recipes, want %d", len(recipes), len(apis)*len(batches))
	}
	for _, api := range apis {
		for _, targets := range batches {
			got, ok := recipes[api.Name+" "+strings.Join(targets, ",")]
			if !ok {
				t.Fatalf("no recipe for %s %v", api.Name, targets)
			}
			rp := got.RandomPassword
			terraform := passwordArgs{
				Head: got.Head, Length: rp.Length, Lower: rp.Lower, Upper: rp.Upper, Numeric: rp.Numeric, Special: rp.Special,
				MinLower: rp.MinLower, MinUpper: rp.MinUpper, MinNumeric: rp.MinNumeric, MinSpecial: rp.MinSpecial,
				OverrideSpecial: rp.OverrideSpecial,
			}
			if want := recipe(rulesOf(t, api.Name, targets)); terraform != want {
				t.Errorf("%s %v: Terraform %+v, the Go test %+v", api.Name, targets, terraform, want)
			}
		}
	}
}

// The README shows each example as it is.
func TestReadmeShowsTheExamples(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, example := range []string{"validation", "precondition", "check"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "examples", example, "main.tf"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), "```hcl\n"+string(data)+"```") {
			t.Errorf("the README does not show examples/%s/main.tf as it is", example)
		}
	}
}

// Beside registry providers, where `terraform init` must run, the
// provider installs from a filesystem mirror (the README's second way):
// init finds it there and locks it, and plan runs it.
func TestTerraformFilesystemMirror(t *testing.T) {
	needTerraform(t)
	mirror := t.TempDir()
	platform := filepath.Join(mirror, "registry.terraform.io", "cvm-password", "cvmpassword", "0.1.0", runtime.GOOS+"_"+runtime.GOARCH)
	if err := os.MkdirAll(platform, 0o755); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(binary.plugin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(platform, "terraform-provider-cvmpassword_v0.1.0"), data, 0o755); err != nil {
		t.Fatal(err)
	}
	config := filepath.Join(t.TempDir(), "mirror.tfrc")
	cli := fmt.Sprintf("provider_installation {\n  filesystem_mirror {\n    path    = %q\n    include = [\"registry.terraform.io/cvm-password/*\"]\n  }\n  direct {\n    exclude = [\"registry.terraform.io/cvm-password/*\"]\n  }\n}\n", mirror)
	if err := os.WriteFile(config, []byte(cli), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := workdir(t, "examples/precondition")
	env := []string{"TF_CLI_CONFIG_FILE=" + config}
	expect(t, run(t, dir, env, "init", "-no-color"), 0, false, "Installed cvm-password/cvmpassword v0.1.0")
	lock, err := os.ReadFile(filepath.Join(dir, ".terraform.lock.hcl"))
	if err != nil || !strings.Contains(string(lock), `provider "registry.terraform.io/cvm-password/cvmpassword"`) {
		t.Errorf("lock file: %v\n%s", err, lock)
	}
	expect(t, run(t, dir, append(env, pwEnv(badPassword)...), "plan", "-no-color"), 1, true, "Error: Resource precondition failed")
	expect(t, run(t, dir, append(env, pwEnv(goodPassword)...), "plan", "-no-color"), 0, false, "terraform_data.instance will be created")
}
