package cvmpassword

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The peer: the Windows rules as Go users write them, with regexp, one
// pattern per rule, each compiled once. broken says which rules fail,
// without figures or messages: less work than Check's, which favours it;
// reasons gives Check's answer, each reason with its figures and message.
type regexpRules struct {
	length, leadingSlash, disallowed, username *regexp.Regexp
	categories                                 [4]*regexp.Regexp
}

func windowsRegexp() regexpRules {
	const specials = `()` + "`" + `~!@#$%^&*\-+=_|{}\[\]:;'<>,.?/`
	return regexpRules{
		length:       regexp.MustCompile(`^.{12,30}$`),
		leadingSlash: regexp.MustCompile(`^/`),
		disallowed:   regexp.MustCompile(`[^A-Za-z0-9` + specials + `]`),
		username:     regexp.MustCompile(`(?i)administrator`),
		categories: [4]*regexp.Regexp{
			regexp.MustCompile(`[a-z]`), regexp.MustCompile(`[A-Z]`),
			regexp.MustCompile(`[0-9]`), regexp.MustCompile(`[` + specials + `]`),
		},
	}
}

// broken is the rules the password breaks, a bit each.
func (r regexpRules) broken(password string) (bits int) {
	if !r.length.MatchString(password) {
		bits |= 1
	}
	if r.leadingSlash.MatchString(password) {
		bits |= 2
	}
	present := 0
	for _, c := range r.categories {
		if c.MatchString(password) {
			present++
		}
	}
	if present < 3 {
		bits |= 4
	}
	if r.disallowed.MatchString(password) {
		bits |= 8
	}
	if r.username.MatchString(password) {
		bits |= 16
	}
	return bits
}

var categoryWords = [...]string{"lowercase letters", "uppercase letters", "digits", "special characters"}

// plural is "1 character" or "n characters".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// reasons is the peer's whole answer, as Check gives it: a finding per
// broken rule, with its code, figures and English message.
func (r regexpRules) reasons(password string) []Finding {
	var found []Finding
	add := func(code, message string, figures map[string]any) {
		found = append(found, Finding{
			Code: code, Severity: "error", APIErrorCode: "InvalidParameterValue.InvalidPassword",
			Message: message, Figures: figures, InstanceIndex: -1,
		})
	}
	n := utf8.RuneCountInString(password)
	if n < 12 {
		add("too_short", "password is too short: "+plural(n, "character")+", at least 12 required",
			map[string]any{"length": n, "min": 12})
	}
	if n > 30 {
		add("too_long", "password is too long: "+plural(n, "character")+", at most 30 allowed",
			map[string]any{"length": n, "max": 30})
	}
	if r.leadingSlash.MatchString(password) {
		add("leading_slash", "password must not start with '/'", map[string]any{})
	}
	present, words := []string{}, []string{}
	for i, c := range r.categories {
		if c.MatchString(password) {
			present, words = append(present, categoryNames[i]), append(words, categoryWords[i])
		}
	}
	if len(present) < 3 {
		add("too_few_categories", "password has too few character categories: "+strconv.Itoa(len(present))+
			" ("+strings.Join(words, ", ")+"), at least 3 of 4 required",
			map[string]any{"present": present, "required": 3, "out_of": 4})
	}
	if d := len(r.disallowed.FindAllStringIndex(password, -1)); d > 0 {
		add("disallowed_character", "password contains "+plural(d, "disallowed character")+
			": only ASCII letters, digits and the allowed special characters can be used",
			map[string]any{"count": d})
	}
	if r.username.MatchString(password) {
		add("contains_username", "password must not contain the username, in any letter case", map[string]any{})
	}
	return found
}

// The Rust benches' typical Windows inputs (benches/support/cases.rs).
var benchInputs = []struct{ name, password string }{
	{"valid-12", "abc123ABC!@#"},
	{"valid-16", "Tr0ub4dor&3xYz!q"},
	{"valid-30", "correct-Horse-battery-Staple-9"},
	{"too_short", "aB3!xyz"},
	{"too_long", strings.Repeat("correct-Horse-battery-Staple-9", 2)},
	{"leading_slash", "/abc123ABC!@#"},
	{"too_few_categories", "abcdefgh12345678"},
	{"disallowed_character", "abc 123 ABC !@#"},
	{"contains_username", "myAdministrator#1"},
	{"four_at_once", "/administrator é"},
}

func TestThePeerAgreesOnWhetherEachInputIsAccepted(t *testing.T) {
	peer := windowsRegexp()
	for _, input := range benchInputs {
		verdict, err := Check(input.password, Options{Targets: []string{"windows"}})
		if err != nil {
			t.Fatal(err)
		}
		if verdict.OK != (peer.broken(input.password) == 0) {
			t.Errorf("%s: Check %v, peer %b", input.name, verdict.OK, peer.broken(input.password))
		}
	}
}

// The race is fair: on every input the peer's reasons are Check's
// violations, field for field.
func TestThePeerGivesTheSameReasons(t *testing.T) {
	peer := windowsRegexp()
	for _, input := range benchInputs {
		verdict, _ := Check(input.password, Options{Targets: []string{"windows"}})
		if got := peer.reasons(input.password); !reflect.DeepEqual(got, verdict.Violations) {
			t.Errorf("%s:\n%+v\n%+v", input.name, got, verdict.Violations)
		}
	}
}

// benchEach times f on every input, with its allocations; each
// contender pays the same indirect call.
func benchEach(b *testing.B, f func(password string)) {
	for _, input := range benchInputs {
		b.Run(input.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				f(input.password)
			}
		})
	}
}

func BenchmarkCheck(b *testing.B) {
	opts := Options{Targets: []string{"windows"}}
	benchEach(b, func(password string) { _, _ = Check(password, opts) })
}

func BenchmarkRegexp(b *testing.B) {
	peer := windowsRegexp()
	benchEach(b, func(password string) { _ = peer.broken(password) })
}

func BenchmarkRegexpReasons(b *testing.B) {
	peer := windowsRegexp()
	benchEach(b, func(password string) { _ = peer.reasons(password) })
}

// BenchmarkFirstCall is the cost of a call that finds no instance in the
// pool: making one, then checking.
func BenchmarkFirstCall(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		in := newInstance()
		n := in.write("abc123ABC!@#", 0)
		in.module.Xcvm_check(0, 0, 0, 0, n, noneArg)
		_ = in.verdict()
	}
}
