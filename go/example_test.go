package cvmpassword_test

import (
	"fmt"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

func ExampleCheck() {
	verdict, err := cvmpassword.Check("/short", cvmpassword.Options{Targets: []string{"linux"}})
	if err != nil {
		panic(err) // bad options only
	}
	fmt.Println(verdict.OK)
	for _, v := range verdict.Violations {
		fmt.Printf("%s [%s]: %s\n", v.Code, v.APIErrorCode, v.Message)
	}
	// Output:
	// false
	// too_short [InvalidParameterValue.InvalidPassword]: password is too short: 6 characters, at least 8 required
	// leading_slash [InvalidParameterValue.InvalidPassword]: password must not start with '/'
	// too_few_categories [InvalidParameterValue.InvalidPassword]: password has too few character categories: 2 (lowercase letters, special characters), at least 3 of 4 required
}

func ExampleCheck_api() {
	// `_` is one of the CVM password page's 30 specials, not one of the
	// RunInstances reference's 27: a warning, or with Strict an error.
	opts := cvmpassword.Options{API: "cvm:RunInstances", Targets: []string{"linux"}}
	verdict, _ := cvmpassword.Check("abc123ABC_xyz", opts)
	fmt.Println(verdict.OK, verdict.Warnings[0].Code)
	opts.Strict = true
	verdict, _ = cvmpassword.Check("abc123ABC_xyz", opts)
	fmt.Println(verdict.OK, verdict.Violations[0].Code)
	// Output:
	// true disputed_rule
	// false disallowed_character
}

func ExampleGenerate() {
	password, err := cvmpassword.Generate(cvmpassword.GenerateOptions{API: "cvm:RunInstances", Targets: []string{"windows"}})
	if err != nil {
		panic(err)
	}
	verdict, _ := cvmpassword.Check(password, cvmpassword.Options{API: "cvm:RunInstances", Targets: []string{"windows"}, Strict: true})
	fmt.Println(len(password), verdict.OK)
	// Output: 20 true
}

func ExamplePreflight() {
	body := `{"InstanceIds": ["ins-r8hr2upy"], "Password": "abc123ABC!@#", "ForceStop": false}`
	instances := `{"InstanceSet": [{"InstanceId": "ins-r8hr2upy", "OsName": "Windows Server 2022", "InstanceState": "RUNNING"}]}`
	report, err := cvmpassword.Preflight(body, cvmpassword.PreflightOptions{Instances: instances, Region: "ap-guangzhou"})
	if err != nil {
		panic(err)
	}
	for _, v := range report.Violations {
		fmt.Printf("%s [%s] %s\n", v.Code, v.APIErrorCode, v.InstanceID)
	}
	// Output: instance_running [UnsupportedOperation.InstanceStateRunning] ins-r8hr2upy
}
