// Package cvmpassword checks a password for a Tencent Cloud instance before
// the API that sets it is called, and says every reason the API would
// refuse it, each with the API's own error code.
//
// It is the cvm-password engine, the project's Rust core compiled to
// WebAssembly and translated to Go by wasm2go: pure Go, no cgo, no
// dependency, the same verdicts, codes and messages as the Rust library,
// the CLI and the JavaScript and Python packages.
//
//	verdict, err := cvmpassword.Check("abc123ABC!@#", cvmpassword.Options{Targets: []string{"linux"}})
//	if err != nil { ... } // bad options only
//	for _, v := range verdict.Violations {
//		fmt.Println(v.Code, v.APIErrorCode, v.Message)
//	}
//
// Every function is safe for concurrent use. No text, error or formatted
// value it gives holds a character of the password or the username.
package cvmpassword

import (
	"errors"
	"fmt"
)

// Options say which rules a password is checked against. Leaving a field
// out means what it means on every host of cvm-password.
type Options struct {
	// Targets are the OS of each instance of the request: "linux",
	// "ubuntu", "windows" or "unknown", in any case. None means any OS:
	// the rules of every OS, as the API combines them.
	Targets []string
	// Username is the request's UserName; nil, or "", is the OS's default
	// administrator. APIs that take no UserName ignore it.
	Username *string
	// API is the API the password is for, "service:Action"; "" means
	// "cvm:ResetInstancesPassword". APIs lists them.
	API string
	// Strict makes a rule only some of the API's sources state an error,
	// rather than a "disputed_rule" warning.
	Strict bool
	// Lang is the language of messages: "en" (the default) or "zh-CN".
	Lang string
}

// Verdict is what Check finds.
type Verdict struct {
	// OK is whether the API would accept the password; warnings do not
	// count.
	OK bool
	// Length is the password's length in characters (Unicode scalar
	// values), counted up to one past the 4096 a check reads.
	Length int
	// Categories are the character categories the password draws from.
	Categories Categories
	// Violations are every reason the API would refuse the password, in
	// the order of the rules; none when OK.
	Violations []Finding
	// Warnings are what is worth knowing about an accepted password.
	Warnings []Finding
}

// Categories are the four character categories of the rules.
type Categories struct {
	Lowercase, Uppercase, Digit, Special bool
}

// Finding is one violation, warning or problem of a request.
type Finding struct {
	// Code is stable: "too_short", "disputed_rule", "instance_running"...
	Code string
	// Severity is "error" (the API would refuse) or "warning".
	Severity string
	// APIErrorCode is the error code the API answers, such as
	// "InvalidParameterValue.InvalidPassword"; "" for a warning, and for
	// an error the vendor ties to no code.
	APIErrorCode string
	// Message is for people, in the language asked for.
	Message string
	// Figures are what the message quotes, by name ("length", "min",
	// "present"...): an int, a string, or a []string of category names.
	Figures map[string]any
	// Parameter is the request parameter concerned, such as
	// "InstanceIds.3" or "LoginSettings.KeyIds": a pre-flight's only.
	Parameter string
	// InstanceIndex is the position in InstanceIds of the instance
	// concerned, or -1.
	InstanceIndex int
	// InstanceID is the id of the instance concerned, where it is
	// well-formed.
	InstanceID string
}

// String is the code and the message: no secret.
func (f Finding) String() string {
	return f.Code + ": " + f.Message
}

// ErrOptions is what every error of bad options wraps.
var ErrOptions = errors.New("cvmpassword")

func optionError(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrOptions}, args...)...)
}

// engineOptions are Options as the engine's arguments.
type engineOptions struct {
	api, targets, strict, lang int32
}

func (o Options) engine() (engineOptions, error) {
	var e engineOptions
	var err error
	if e.api, err = apiIndex(o.API); err != nil {
		return e, err
	}
	if e.targets, err = targetBits(o.Targets); err != nil {
		return e, err
	}
	if e.lang, err = langIndex(o.Lang); err != nil {
		return e, err
	}
	if o.Strict {
		e.strict = 1
	}
	return e, nil
}

func apiIndex(name string) (int32, error) {
	if name == "" {
		name = "cvm:ResetInstancesPassword"
	}
	index, ok := lookup(tableApi, name)
	if !ok {
		// Not quoted: a value in the wrong place may be a password.
		return 0, optionError("unknown API: expected service:Action, such as cvm:RunInstances; APIs lists them")
	}
	return index, nil
}

func targetBits(targets []string) (int32, error) {
	var bits int32
	for _, target := range targets {
		bit, ok := lookup(tableOs, target)
		if !ok {
			return 0, optionError("unknown target: expected %s", list(osNames[:]))
		}
		bits |= 1 << bit
	}
	return bits, nil
}

func langIndex(tag string) (int32, error) {
	if tag == "" {
		return 0, nil
	}
	index, ok := lookup(tableLang, tag)
	if !ok {
		return 0, optionError("unknown language: expected %s", list(langTags[:]))
	}
	return index, nil
}

// list is "a, b or c".
func list(names []string) string {
	s := ""
	for i, name := range names {
		switch {
		case i == 0:
		case i == len(names)-1:
			s += " or "
		default:
			s += ", "
		}
		s += name
	}
	return s
}

// Check checks password against the rules opts say, and tells every reason
// it would be refused at once. The error is for bad options only.
func Check(password string, opts Options) (Verdict, error) {
	e, err := opts.engine()
	if err != nil {
		return Verdict{}, err
	}
	return use(func(in *instance) (Verdict, error) {
		n := in.write(password, 0)
		name := noneArg
		if opts.Username != nil {
			name = in.write(*opts.Username, bufferUsername)
		}
		in.module.Xcvm_check(e.api, e.targets, e.strict, e.lang, n, name)
		return in.verdict(), nil
	})
}

// CouldBePassword is whether some API accepts text as a password, for any
// OS or for one alone: an error about a value in the wrong place (an
// option, an OS or API name) must then not repeat it.
func CouldBePassword(text string) bool {
	could, err := use(func(in *instance) (bool, error) {
		return in.module.Xcvm_could_be_password(in.write(text, 0)) == 1, nil
	})
	return could || err != nil
}

// verdict reads the answer of check.
func (in *instance) verdict() Verdict {
	present := in.word(checkCategories)
	v := Verdict{
		OK:     in.word(checkOk) == 1,
		Length: int(in.word(checkLength)),
		Categories: Categories{
			Lowercase: present&1 != 0,
			Uppercase: present&2 != 0,
			Digit:     present&4 != 0,
			Special:   present&8 != 0,
		},
	}
	n := int(in.word(checkFindings))
	if n == 0 {
		return v
	}
	// A check's findings are all errors or all warnings.
	findings := make([]Finding, 0, n)
	for i, at := 0, checkHeader; i < n; i++ {
		var f Finding
		f, at = in.finding(at)
		findings = append(findings, f)
	}
	if v.OK {
		v.Warnings = findings
	} else {
		v.Violations = findings
	}
	return v
}

// finding reads the finding at word at, and where the next starts.
func (in *instance) finding(at int) (Finding, int) {
	f := Finding{
		Code:          in.field(at+findingCode, true),
		Severity:      "warning",
		APIErrorCode:  in.field(at+findingApiErrorCode, true),
		Message:       in.field(at+findingMessage, false),
		Parameter:     in.field(at+findingParameter, false),
		InstanceIndex: -1,
		InstanceID:    in.field(at+findingInstanceId, false),
		Figures:       make(map[string]any, in.word(at+findingFigures)),
	}
	if in.word(at+findingSeverity) == severityError {
		f.Severity = "error"
	}
	if index := in.word(at + findingInstanceIndex); index != none {
		f.InstanceIndex = int(index)
	}
	next := at + findingWords
	for i := uint32(0); i < in.word(at+findingFigures); i++ {
		name, value := in.field(next+figureName, true), next+figureValue
		switch in.word(next + figureKind) {
		case kindCount:
			f.Figures[name] = int(in.word(value))
		case kindCategories:
			f.Figures[name] = categoriesOf(in.word(value))
		default:
			f.Figures[name] = in.field(value, in.word(next+figureKind) == kindText)
		}
		next += figureWords
	}
	return f, next
}

func categoriesOf(bits uint32) []string {
	names := []string{}
	for i, name := range categoryNames {
		if bits>>i&1 != 0 {
			names = append(names, name)
		}
	}
	return names
}
