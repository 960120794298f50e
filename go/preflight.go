package cvmpassword

import (
	"encoding/json"
	"errors"
	"fmt"
)

// PreflightOptions say what is known beside a request, and how to read it.
type PreflightOptions struct {
	// API is the API of the request, "service:Action"; "" means
	// "cvm:ResetInstancesPassword". The pre-flight reads the requests of
	// that API and of the APIs with login settings (APIs: Parameters).
	API string
	// Instances, Regions and Images are what DescribeInstances,
	// DescribeRegions and DescribeImages answer: a tencentcloud-sdk-go
	// response, or anything else that marshals to its JSON (a
	// json.RawMessage or []byte is taken as it is); nil when not known.
	Instances, Regions, Images any
	// Region is the region the request is sent to, where its body has
	// none.
	Region string
	// OS is the OS of the instances of an API with login settings, where
	// no image or instance described tells it: "linux", "ubuntu",
	// "windows" or "unknown".
	OS string
	// Strict and Lang are as Check's.
	Strict bool
	Lang   string
}

// Report is what Preflight finds: the core's description of it, the CLI's
// `preflight --json`.
type Report struct {
	// OK is whether the API would accept the request; warnings do not
	// count.
	OK bool `json:"ok"`
	// API is the API of the request; Policy the password rules that
	// applied ("linux", "windows" or "custom").
	API        string    `json:"api"`
	Policy     string    `json:"policy"`
	Violations []Finding `json:"violations"`
	Warnings   []Finding `json:"warnings"`
}

// ErrInput is what every error of an input Preflight cannot read wraps:
// malformed JSON, an unknown or repeated parameter, a value of the wrong
// type. Its text names the input and the field, never a value.
var ErrInput = errors.New("cvmpassword")

// Preflight checks a whole request of opts.API before it is sent: for
// cvm:ResetInstancesPassword its region, instance ids, password, username
// and each instance's state; for an API with login settings the password,
// the keys and the image login for the instances' OS.
//
// request is the request: a tencentcloud-sdk-go request such as
// *cvm.RunInstancesRequest, or anything else that marshals to its JSON (a
// json.RawMessage or []byte is taken as it is). It is the same engine as
// the CLI's and the Python package's pre-flight.
func Preflight(request any, opts PreflightOptions) (Report, error) {
	api, err := apiIndex(opts.API)
	if err != nil {
		return Report{}, err
	}
	lang, err := langIndex(opts.Lang)
	if err != nil {
		return Report{}, err
	}
	osIndex := noneArg
	if opts.OS != "" {
		bit, ok := lookup(tableOs, opts.OS)
		if !ok {
			return Report{}, optionError("unknown OS: expected %s", list(osNames[:]))
		}
		osIndex = bit
	}
	var strict int32
	if opts.Strict {
		strict = 1
	}
	// The inputs in the engine's slots, in order; a bit of `given` for each
	// fact there is.
	inputs := [5][]byte{}
	var given int32
	for slot, value := range []any{request, opts.Instances, opts.Regions, opts.Images} {
		if value == nil {
			continue
		}
		if inputs[slot], err = jsonOf(value); err != nil {
			return Report{}, fmt.Errorf("%w: %s: %v", ErrInput, inputNames[slot], err)
		}
		if slot > 0 {
			given |= 1 << (slot - 1)
		}
	}
	if opts.Region != "" {
		inputs[4] = []byte(opts.Region)
		given |= 1 << 3
	}
	return use(func(in *instance) (Report, error) {
		for slot, input := range inputs {
			address := uint32(in.module.Xcvm_input(int32(slot), int32(len(input))))
			copy(in.memory()[address:], input)
		}
		status := in.module.Xcvm_preflight(api, given, osIndex, strict, lang)
		output := in.memory()[uint32(in.module.Xcvm_output()):][:uint32(in.module.Xcvm_output_len())]
		if status != 0 {
			return Report{}, fmt.Errorf("%w: %s", ErrInput, output)
		}
		var report Report
		err := json.Unmarshal(output, &report)
		for i := range report.Violations {
			report.Violations[i].Severity = "error"
		}
		return report, err
	})
}

var inputNames = [...]string{"request", "Instances", "Regions", "Images"}

// jsonOf is the JSON of a value: as it is for raw JSON, else marshaled.
func jsonOf(value any) ([]byte, error) {
	switch v := value.(type) {
	case json.RawMessage:
		return v, nil
	case []byte:
		return v, nil
	case string:
		return []byte(v), nil
	}
	// The encoder's errors name types, never values.
	return json.Marshal(value)
}

// UnmarshalJSON reads a finding as the core describes it: its code, API
// error code and message, the request parameter and instance concerned,
// and every other member a figure.
func (f *Finding) UnmarshalJSON(data []byte) error {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(data, &members); err != nil {
		return err
	}
	*f = Finding{Severity: "warning", InstanceIndex: -1, Figures: map[string]any{}}
	text := func(name string) string {
		var s *string
		_ = json.Unmarshal(members[name], &s)
		if s == nil {
			return ""
		}
		return *s
	}
	for name, raw := range members {
		switch name {
		case "code":
			f.Code = text(name)
		case "api_error_code":
			f.APIErrorCode = text(name)
		case "message":
			f.Message = text(name)
		case "parameter":
			f.Parameter = text(name)
		case "instance_id":
			f.InstanceID = text(name)
		case "instance_index":
			if err := json.Unmarshal(raw, &f.InstanceIndex); err != nil {
				return err
			}
		default:
			var figure any
			if err := json.Unmarshal(raw, &figure); err != nil {
				return err
			}
			f.Figures[name] = asFigure(figure)
		}
	}
	return nil
}

// asFigure is a figure as Check gives it: an int, a string or a
// []string.
func asFigure(figure any) any {
	switch v := figure.(type) {
	case float64:
		return int(v)
	case []any:
		names := make([]string, 0, len(v))
		for _, name := range v {
			s, _ := name.(string)
			names = append(names, s)
		}
		return names
	}
	return figure
}
