package cvmpassword

import (
	"strings"
	"testing"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	cvm "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm/v20170312"
	lighthouse "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lighthouse/v20200324"
)

// The pre-flight over the vendor's own request and response types, as a
// program using tencentcloud-sdk-go holds them.

func codes(findings []Finding) string {
	out := []string{}
	for _, f := range findings {
		out = append(out, f.Code)
	}
	return strings.Join(out, ",")
}

func TestPreflightOfResetInstancesPasswordWithDescribedInstances(t *testing.T) {
	request := cvm.NewResetInstancesPasswordRequest()
	request.InstanceIds = common.StringPtrs([]string{"ins-r8hr2upy", "ins-5d8a23rs", "ins-BAD"})
	request.Password = common.StringPtr("abc123ABC!@")
	request.ForceStop = common.BoolPtr(false)
	instances := cvm.NewDescribeInstancesResponse()
	instances.Response = &cvm.DescribeInstancesResponseParams{
		TotalCount: common.Int64Ptr(2),
		InstanceSet: []*cvm.Instance{
			{InstanceId: common.StringPtr("ins-r8hr2upy"), OsName: common.StringPtr("Windows Server 2022 DataCenter 64bit"), InstanceState: common.StringPtr("RUNNING")},
			{InstanceId: common.StringPtr("ins-5d8a23rs"), OsName: common.StringPtr("TencentOS Server 3.1"), InstanceState: common.StringPtr("STOPPED")},
		},
		RequestId: common.StringPtr("test"),
	}
	report, err := Preflight(request, PreflightOptions{Instances: instances, Region: "ap-guangzhou"})
	if err != nil {
		t.Fatal(err)
	}
	if report.OK || codes(report.Violations) != "too_short,instance_running,malformed_instance_id" {
		t.Fatalf("%+v", report)
	}
	running := report.Violations[1]
	if running.APIErrorCode != "UnsupportedOperation.InstanceStateRunning" || running.Parameter != "InstanceIds.0" ||
		running.InstanceIndex != 0 || running.InstanceID != "ins-r8hr2upy" || running.Severity != "error" {
		t.Errorf("%+v", running)
	}
	if malformed := report.Violations[2]; malformed.InstanceID != "" || malformed.Parameter != "InstanceIds.2" {
		t.Errorf("%+v", malformed)
	}
	if report.API != "cvm:ResetInstancesPassword" || report.Policy != "windows" {
		t.Errorf("%+v", report)
	}
}

func TestPreflightOfRunInstancesWithKeysOnAWindowsImage(t *testing.T) {
	request := cvm.NewRunInstancesRequest()
	request.ImageId = common.StringPtr("img-9qabwvbn")
	request.Placement = &cvm.Placement{Zone: common.StringPtr("ap-guangzhou-6")}
	request.LoginSettings = &cvm.LoginSettings{
		Password: common.StringPtr("Zq7#Vendor-Secret"),
		KeyIds:   common.StringPtrs([]string{"skey-3glfot13"}),
	}
	images := cvm.NewDescribeImagesResponse()
	images.Response = &cvm.DescribeImagesResponseParams{ImageSet: []*cvm.Image{
		{ImageId: common.StringPtr("img-9qabwvbn"), OsName: common.StringPtr("Windows Server 2022 DataCenter 64bit"), Platform: common.StringPtr("Windows")},
	}}
	report, err := Preflight(request, PreflightOptions{API: "cvm:RunInstances", Images: images})
	if err != nil {
		t.Fatal(err)
	}
	if codes(report.Violations) != "password_with_keys,keys_on_windows" {
		t.Fatalf("%+v", report)
	}
	if f := report.Violations[1]; f.APIErrorCode != "UnsupportedOperation.KeyPairUnsupportedWindows" || f.Parameter != "LoginSettings.KeyIds" {
		t.Errorf("%+v", f)
	}
	if strings.Contains(texts(report), "Secret") {
		t.Errorf("an echo: %v", report)
	}
}

func TestPreflightOfLighthouseCreateInstances(t *testing.T) {
	request := lighthouse.NewCreateInstancesRequest()
	request.BundleId = common.StringPtr("bundle_starter_mc_promo_med2_02")
	request.BlueprintId = common.StringPtr("lhbp-a7oxy2e2")
	request.LoginConfiguration = &lighthouse.LoginConfiguration{
		AutoGeneratePassword: common.StringPtr("NO"),
	}
	report, err := Preflight(request, PreflightOptions{API: "lighthouse:CreateInstances", OS: "windows", Lang: "zh-CN"})
	if err != nil {
		t.Fatal(err)
	}
	if codes(report.Violations) != "missing_password" || report.Violations[0].Message != "缺少密码：AutoGeneratePassword 为 NO 时 Password 为必填参数" {
		t.Fatalf("%+v", report)
	}
}

func TestPreflightInputErrorsNameTheInputNeverAValue(t *testing.T) {
	cases := map[string]string{
		`{"LoginSettings": {"Password": "short", "Password": "Zq7#Vendor-Secret"}}`: "cvmpassword: request body: repeated key LoginSettings.Password: a key may be given once in an object",
		`{"LoginSetings": {"Password": "Zq7#Vendor-Secret"}}`:                       "cvmpassword: request body: not a cvm:RunInstances request body: unknown parameter",
		`{"LoginSettings": {"Password": "Zq7#Vendor-Secret"`:                        "cvmpassword: request body: malformed JSON",
	}
	for body, want := range cases {
		_, err := Preflight(body, PreflightOptions{API: "cvm:RunInstances"})
		if err == nil || !strings.HasPrefix(err.Error(), want) || strings.Contains(err.Error(), "Secret") {
			t.Errorf("%s: %v", body, err)
		}
	}
	_, err := Preflight(`{}`, PreflightOptions{API: "emr:CreateCluster"})
	if err == nil || !strings.HasPrefix(err.Error(), "cvmpassword: api: the pre-flight reads the requests of") {
		t.Error(err)
	}
}
