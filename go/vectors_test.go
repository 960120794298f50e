package cvmpassword

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
)

// The interface vectors (tests/vectors/interface.json of the repository)
// through Go: the same codes, API error codes, figures and messages, in
// both languages, as the Rust library, the CLI and the JavaScript and
// Python packages.
type vectors struct {
	Check []struct {
		Name     string            `json:"name"`
		API      string            `json:"api"`
		Strict   bool              `json:"strict"`
		Password string            `json:"password"`
		Repeat   int               `json:"repeat"`
		Username *string           `json:"username"`
		Targets  []string          `json:"targets"`
		Skip     map[string]string `json:"skip"`
		Expect   any               `json:"expect"`
	} `json:"check"`
	Rules []struct {
		API     string   `json:"api"`
		Strict  bool     `json:"strict"`
		Targets []string `json:"targets"`
		Expect  any      `json:"expect"`
	} `json:"rules"`
}

func readVectors(t *testing.T) vectors {
	data, err := os.ReadFile("../tests/vectors/interface.json")
	if err != nil {
		t.Fatal(err)
	}
	var v vectors
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// plain is v as JSON reads it back: maps, slices, float64s.
func plain(t *testing.T, v any) any {
	data, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// shaped is a finding in the vector file's shape, from both languages: an
// error has an API error code (null where none), a warning none.
func shaped(en, zh Finding) map[string]any {
	out := map[string]any{
		"code":    en.Code,
		"figures": en.Figures,
		"message": map[string]any{"en": en.Message, "zh-CN": zh.Message},
	}
	if en.Severity == "error" {
		var code any
		if en.APIErrorCode != "" {
			code = en.APIErrorCode
		}
		out["api_error_code"] = code
	}
	return out
}

func TestEveryVectorGivesItsVerdictThroughGo(t *testing.T) {
	ran := 0
	for _, c := range readVectors(t).Check {
		if _, skip := c.Skip["go"]; skip {
			continue
		}
		repeat := c.Repeat
		if repeat == 0 {
			repeat = 1
		}
		password := strings.Repeat(c.Password, repeat)
		opts := Options{Targets: c.Targets, Username: c.Username, API: c.API, Strict: c.Strict}
		en, err := Check(password, opts)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		opts.Lang = "zh-CN"
		zh, err := Check(password, opts)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		got := map[string]any{"ok": en.OK, "violations": []any{}, "warnings": []any{}}
		for i := range en.Violations {
			got["violations"] = append(got["violations"].([]any), shaped(en.Violations[i], zh.Violations[i]))
		}
		for i := range en.Warnings {
			got["warnings"] = append(got["warnings"].([]any), shaped(en.Warnings[i], zh.Warnings[i]))
		}
		if want := plain(t, c.Expect); !reflect.DeepEqual(plain(t, got), want) {
			t.Errorf("%s:\n got %v\nwant %v", c.Name, plain(t, got), want)
		}
		ran++
	}
	// All but the two lone surrogates, which no Go string holds.
	if all := len(readVectors(t).Check); ran != all-2 {
		t.Errorf("ran %d of %d cases", ran, all)
	}
}

func TestRulesAreTheCoresDescription(t *testing.T) {
	for _, r := range readVectors(t).Rules {
		rules, err := Rules(Options{Targets: r.Targets, API: r.API, Strict: r.Strict})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := plain(t, rules), plain(t, r.Expect); !reflect.DeepEqual(got, want) {
			t.Errorf("%s %v:\n got %v\nwant %v", r.API, r.Targets, got, want)
		}
	}
}
