package cvmpassword

import (
	"regexp"
	"strings"
	"testing"
)

// The peer: the Windows rules as Go users write them, with regexp, one
// pattern per rule, each compiled once. It says which rules fail, without
// figures or messages: less work, which favours it.
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

func BenchmarkCheck(b *testing.B) {
	opts := Options{Targets: []string{"windows"}}
	for _, input := range benchInputs {
		b.Run(input.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_, _ = Check(input.password, opts)
			}
		})
	}
}

func BenchmarkRegexp(b *testing.B) {
	peer := windowsRegexp()
	for _, input := range benchInputs {
		b.Run(input.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				_ = peer.broken(input.password)
			}
		})
	}
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
