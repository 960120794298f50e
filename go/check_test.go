package cvmpassword

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// canary holds characters no message uses: found in a text, it is an echo.
const canary = "Zq7€Ωü9^Kx"

// secretIn reports whether text holds 4 consecutive characters of secret.
func secretIn(text, secret string) bool {
	runes := []rune(secret)
	for i := 0; i+4 <= len(runes); i++ {
		if strings.Contains(text, string(runes[i:i+4])) {
			return true
		}
	}
	return false
}

// texts is every text a verdict makes, formatted every way.
func texts(v any) string {
	return fmt.Sprintf("%v %+v %#v %s", v, v, v, fmt.Sprint(v))
}

func TestNoTextHoldsThePasswordOrTheUsername(t *testing.T) {
	user := "Adm" + canary
	for _, password := range []string{canary, "/" + canary, canary + " " + canary + "Administrator", strings.Repeat(canary, 500)} {
		for _, api := range []string{"", "cvm:RunInstances", "emr:CreateCluster"} {
			for _, lang := range []string{"en", "zh-CN"} {
				v, err := Check(password, Options{API: api, Username: &user, Lang: lang})
				if err != nil {
					t.Fatal(err)
				}
				if s := texts(v); secretIn(s, canary) || secretIn(s, user) {
					t.Fatalf("an echo in %s", s)
				}
			}
		}
	}
	_, err := Check(canary, Options{API: canary, Targets: []string{canary}})
	if err == nil || secretIn(texts(err), canary) {
		t.Fatalf("%v", err)
	}
	_, err = Generate(GenerateOptions{Username: &user, Length: 3})
	if err == nil || secretIn(texts(err), user) {
		t.Fatalf("%v", err)
	}
}

func TestAcceptedAndRejected(t *testing.T) {
	v, err := Check("abc123ABC!@#", Options{Targets: []string{"linux"}})
	if err != nil || !v.OK || len(v.Violations)+len(v.Warnings) != 0 {
		t.Fatalf("%+v %v", v, err)
	}
	v, _ = Check("/short", Options{Targets: []string{"LINUX"}})
	codes := []string{}
	for _, f := range v.Violations {
		codes = append(codes, f.Code)
		if f.Severity != "error" || f.APIErrorCode != "InvalidParameterValue.InvalidPassword" || f.InstanceIndex != -1 {
			t.Errorf("%+v", f)
		}
	}
	if strings.Join(codes, ",") != "too_short,leading_slash,too_few_categories" || v.OK {
		t.Errorf("%v", codes)
	}
	if got := v.Violations[0].Figures; got["length"] != 6 || got["min"] != 8 {
		t.Errorf("%v", got)
	}
	if got := v.Violations[2].Figures["present"]; fmt.Sprint(got) != "[lowercase special]" {
		t.Errorf("%v", got)
	}
	if v.Violations[0].String() != "too_short: password is too short: 6 characters, at least 8 required" {
		t.Error(v.Violations[0])
	}
}

func TestTargetsLeftOutMeanAnyOS(t *testing.T) {
	for _, password := range []string{"abcABC123!", "abc123ABC!@#", "Administrator12!"} {
		none, _ := Check(password, Options{})
		unknown, _ := Check(password, Options{Targets: []string{"unknown"}})
		if fmt.Sprint(none) != fmt.Sprint(unknown) {
			t.Errorf("%s: %v %v", password, none, unknown)
		}
	}
}

func TestBadOptionsAreErrors(t *testing.T) {
	for _, opts := range []Options{{API: "cvm:runinstances"}, {Targets: []string{"mac"}}, {Lang: "fr"}} {
		_, err := Check("abc123ABC!@#", opts)
		if !errors.Is(err, ErrOptions) {
			t.Errorf("%+v: %v", opts, err)
		}
	}
	_, err := Check("x", Options{API: "nope"})
	if err.Error() != "cvmpassword: unknown API: expected service:Action, such as cvm:RunInstances; APIs lists them" {
		t.Error(err)
	}
	_, err = Check("x", Options{Targets: []string{"mac"}})
	if err.Error() != "cvmpassword: unknown target: expected linux, ubuntu, windows or unknown" {
		t.Error(err)
	}
}

// The core's answer at its boundaries (tests/apis.rs has the same cases),
// and agreeing with Check over every API where it says no.
func TestCouldBePassword(t *testing.T) {
	for text, could := range map[string]bool{
		"abc12ABC": true, "abc1ABC": false, "abcdefgh": false, "": false,
		"windwos": false, "cvm:RunInstance": true, "runinstances": false,
		"Kanarie#Good42x": true, "abc 123 ABC !@#": false,
	} {
		if CouldBePassword(text) != could {
			t.Errorf("%q: want %v", text, could)
		}
	}
	apis, err := APIs()
	if err != nil {
		t.Fatal(err)
	}
	for _, api := range apis {
		for _, targets := range [][]string{nil, {"linux"}, {"windows"}} {
			if v, _ := Check("abc1ABC", Options{API: api.Name, Targets: targets}); v.OK {
				t.Errorf("%s %v accepts what CouldBePassword refuses", api.Name, targets)
			}
		}
	}
}

// Many goroutines at once, each with its own verdicts to expect: run
// with -race.
func TestConcurrentChecks(t *testing.T) {
	cases := map[string]bool{"abc123ABC!@#": true, "/short": false, "Tr0ub4dor&3xYz!q": true, "abc 123": false}
	var wg sync.WaitGroup
	for g := 0; g < 32; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				for password, ok := range cases {
					v, err := Check(password, Options{Targets: []string{"windows"}})
					if err != nil || v.OK != ok {
						t.Errorf("%s: %v %v", password, v.OK, err)
						return
					}
				}
				if _, err := Generate(GenerateOptions{API: "cvm:RunInstances"}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// Every password Generate makes is accepted by Check, strictly, for every
// API and batch.
func TestGeneratedPasswordsAreAcceptedByEveryAPI(t *testing.T) {
	apis, err := APIs()
	if err != nil {
		t.Fatal(err)
	}
	for _, api := range apis {
		for _, targets := range [][]string{{"linux"}, {"windows"}, {"linux", "windows"}, nil} {
			for i := 0; i < 50; i++ {
				password, err := Generate(GenerateOptions{API: api.Name, Targets: targets})
				if err != nil {
					t.Fatal(err)
				}
				v, _ := Check(password, Options{API: api.Name, Targets: targets, Strict: true})
				if !v.OK {
					t.Fatalf("%s %v: %v", api.Name, targets, v.Violations)
				}
			}
		}
	}
	_, err = Generate(GenerateOptions{API: "emr:CreateCluster", Length: 20})
	var generateError *GenerateError
	if !errors.As(err, &generateError) || generateError.Code != "length_out_of_range" {
		t.Fatalf("%v", err)
	}
	if err.Error() != "cvmpassword: cannot generate a password of 20 characters: the policy accepts 8 to 16" {
		t.Error(err)
	}
}

func TestAPIsAndRules(t *testing.T) {
	apis, err := APIs()
	if err != nil || len(apis) != 40 || apis[0].Name != "cvm:ResetInstancesPassword" {
		t.Fatalf("%d %v", len(apis), err)
	}
	run := apis[0]
	for _, api := range apis {
		if api.Name == "cvm:RunInstances" {
			run = api
		}
	}
	if run.Family != "cvm_login" || run.Letter != "C" || len(run.Sources) != 2 || len(run.Disputes) != 4 {
		t.Errorf("%+v", run)
	}
	rules, err := Rules(Options{API: "emr:CreateCluster", Targets: []string{"linux"}})
	if err != nil || rules.MaxLength != 16 || rules.Specials != "!%*@^" || rules.Policy != "custom" {
		t.Errorf("%+v %v", rules, err)
	}
}

func FuzzCheck(f *testing.F) {
	for _, seed := range []string{"", "abc123ABC!@#", "/ab d", "Administrator1!", "ａＢ３！e\u0301😀密码Ab3!", strings.Repeat("x", 5000), "\xff\xfe\x00"} {
		f.Add(seed, "Administrator", uint8(0), uint8(0))
	}
	apis, err := APIs()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, password, username string, api, bits uint8) {
		var targets []string
		for i, name := range osNames {
			if bits>>i&1 != 0 {
				targets = append(targets, name)
			}
		}
		opts := Options{Targets: targets, API: apis[int(api)%len(apis)].Name, Strict: bits&16 != 0}
		if bits&32 != 0 {
			opts.Username = &username
		}
		if bits&64 != 0 {
			opts.Lang = "zh-CN"
		}
		v, err := Check(password, opts)
		if err != nil {
			t.Fatal(err)
		}
		if v.OK != (len(v.Violations) == 0) {
			t.Fatalf("%+v", v)
		}
		// With a canary among them, 4 characters of the password or the
		// username in a text are an echo.
		text := texts(v)
		for _, secret := range []string{password, username} {
			if strings.ContainsAny(secret, "€Ωü") && secretIn(text, secret) {
				t.Fatalf("an echo of %q in %s", secret, text)
			}
		}
	})
}
