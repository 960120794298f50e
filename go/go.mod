module github.com/cvm-password/cvm-password/go

go 1.21

require (
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common v1.3.213
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/cvm v1.3.100
	github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/lighthouse v1.3.50
)
