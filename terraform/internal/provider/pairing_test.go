package provider

import (
	"crypto/rand"
	"math/big"
	"sort"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/types"

	cvmpassword "github.com/cvm-password/cvm-password/go"
)

// The random_password + rules() pairing of terraform/README.md, tested
// without hashicorp/random (which cannot be had here): the README's recipe
// maps rules() to random_password's arguments, randomPassword makes
// passwords the way random_password does, and every one must be accepted
// by Check for the API and targets, strict (every source of the API).

// passwordArgs are the arguments of the recipe's two random_password
// resources: "head" (count = Head: length 1, special = false), then the
// rest.
type passwordArgs struct {
	Head                                       int
	Length                                     int
	Lower, Upper, Numeric, Special             bool
	MinLower, MinUpper, MinNumeric, MinSpecial int
	OverrideSpecial                            string
}

// recipe is the README's locals and resource arguments, expression for
// expression, on the rules() value:
//
//	first_banned = "${rules.bans_leading_slash ? "/" : ""}${rules.banned_first}"
//	specials     = join("", [for c in split("", rules.specials) : c if !strcontains(first_banned, c)])
//	head         = specials == "" ? 1 : 0
//	length           = rules.generated_length - head
//	lower            = contains(rules.categories, "lowercase"), min_lower = lower ? 1 : 0, and so on
//	override_special = head == 1 ? rules.specials : specials
func recipe(rules map[string]any) passwordArgs {
	firstBanned := rules["banned_first"].(string)
	if rules["bans_leading_slash"].(bool) {
		firstBanned = "/" + firstBanned
	}
	var specials strings.Builder
	for _, c := range strings.Split(rules["specials"].(string), "") {
		if !strings.Contains(firstBanned, c) {
			specials.WriteString(c)
		}
	}
	args := passwordArgs{Length: int(rules["generated_length"].(float64))}
	if specials.Len() == 0 {
		args.Head = 1
	}
	args.Length -= args.Head
	categories := toStrings(rules["categories"])
	has := func(name string) (bool, int) {
		for _, c := range categories {
			if c == name {
				return true, 1
			}
		}
		return false, 0
	}
	args.Lower, args.MinLower = has("lowercase")
	args.Upper, args.MinUpper = has("uppercase")
	args.Numeric, args.MinNumeric = has("digit")
	args.Special, args.MinSpecial = has("special")
	args.OverrideSpecial = specials.String()
	if args.Head == 1 {
		args.OverrideSpecial = rules["specials"].(string)
	}
	return args
}

// randomPassword makes a password the way terraform-provider-random's
// random_password (and random_string) does, as its documentation describes
// it: min_lower, min_upper, min_numeric and min_special characters drawn
// from each class (min_special from override_special, or its default
// specials when that is empty), the rest of the length drawn from the union
// of the classes enabled by lower, upper, numeric and special, every draw
// uniform from crypto/rand, then the whole shuffled by sorting on a random
// byte per position (as its code does: sort.Slice on a random key).
func randomPassword(t *testing.T, a passwordArgs) string {
	const (
		numChars   = "0123456789"
		lowerChars = "abcdefghijklmnopqrstuvwxyz"
		upperChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	)
	specialChars := "!@#$%&*()-_=+[]{}<>:?"
	if a.OverrideSpecial != "" {
		specialChars = a.OverrideSpecial
	}
	chars := ""
	if a.Upper {
		chars += upperChars
	}
	if a.Lower {
		chars += lowerChars
	}
	if a.Numeric {
		chars += numChars
	}
	if a.Special {
		chars += specialChars
	}
	if chars == "" {
		t.Fatal("the character set specified is empty")
	}
	draw := func(from string, n int) []byte {
		out := make([]byte, n)
		for i := range out {
			k, err := rand.Int(rand.Reader, big.NewInt(int64(len(from))))
			if err != nil {
				t.Fatal(err)
			}
			out[i] = from[k.Int64()]
		}
		return out
	}
	var result []byte
	for _, class := range []struct {
		chars string
		min   int
	}{{numChars, a.MinNumeric}, {lowerChars, a.MinLower}, {upperChars, a.MinUpper}, {specialChars, a.MinSpecial}} {
		result = append(result, draw(class.chars, class.min)...)
	}
	if a.Length < len(result) {
		t.Fatalf("length %d below the minimums %d", a.Length, len(result))
	}
	result = append(result, draw(chars, a.Length-len(result))...)
	order := make([]byte, len(result))
	if _, err := rand.Read(order); err != nil {
		t.Fatal(err)
	}
	sort.Slice(result, func(i, j int) bool { return order[i] < order[j] })
	return string(result)
}

// generate is the recipe's password: the head, if any, then the rest.
func generate(t *testing.T, a passwordArgs) string {
	password := ""
	if a.Head == 1 {
		password = randomPassword(t, passwordArgs{Length: 1, Lower: true, Upper: true, Numeric: true})
	}
	return password + randomPassword(t, a)
}

// batches are the targets the pairing is tested for: each OS, a mixed
// batch, and the OS left out.
var batches = [][]string{{"linux"}, {"ubuntu"}, {"windows"}, {"linux", "windows"}, nil}

func rulesOf(t *testing.T, api string, targets []string) map[string]any {
	fields := map[string]attr.Value{"api": str(api), "strict": types.BoolValue(true)}
	if targets != nil {
		fields["targets"] = tuple(targets...)
	}
	return plain(mustCall(t, "rules", options(fields))).(map[string]any)
}

const perBatch = 1000

// 1,000 passwords of the recipe for every API and batch: Check accepts
// every one, strict.
func TestRandomPasswordWithTheRecipeIsAlwaysAccepted(t *testing.T) {
	apis, err := cvmpassword.APIs()
	if err != nil {
		t.Fatal(err)
	}
	heads := 0
	for _, api := range apis {
		for _, targets := range batches {
			args := recipe(rulesOf(t, api.Name, targets))
			heads += args.Head
			for i := 0; i < perBatch; i++ {
				password := generate(t, args)
				verdict, err := cvmpassword.Check(password, cvmpassword.Options{API: api.Name, Targets: targets, Strict: true})
				if err != nil {
					t.Fatal(err)
				}
				if !verdict.OK {
					t.Fatalf("%s %v, %+v: refused: %v", api.Name, targets, args, verdict.Violations)
				}
			}
		}
	}
	// The EMR APIs ban every special first: the head is theirs.
	if want := 4 * len(batches); heads != want {
		t.Errorf("%d batches need a head, want %d (EMR's)", heads, want)
	}
	t.Logf("%d APIs x %d batches x %d passwords, every one accepted", len(apis), len(batches), perBatch)
}

// The recipe's care is needed: the plain mapping (every special, one
// random_password) makes passwords some APIs refuse, EMR's for their first
// character, ResetInstancesPassword's for a leading '/'.
func TestThePlainMappingIsRefusedSometimes(t *testing.T) {
	for _, c := range []struct {
		api, code string
	}{{"emr:CreateCluster", "banned_first_character"}, {"cvm:ResetInstancesPassword", "leading_slash"}} {
		rules := rulesOf(t, c.api, []string{"linux"})
		args := recipe(rules)
		args.Head = 0
		args.Length = int(rules["generated_length"].(float64))
		args.OverrideSpecial = rules["specials"].(string)
		refused := 0
		for i := 0; i < perBatch*5; i++ {
			verdict, _ := cvmpassword.Check(randomPassword(t, args), cvmpassword.Options{API: c.api, Targets: []string{"linux"}, Strict: true})
			if !verdict.OK {
				if verdict.Violations[0].Code != c.code {
					t.Errorf("%s: %v", c.api, verdict.Violations)
				}
				refused++
			}
		}
		if refused == 0 {
			t.Errorf("%s: the plain mapping was never refused in %d", c.api, perBatch*5)
		}
		t.Logf("%s: the plain mapping refused %d of %d (%s)", c.api, refused, perBatch*5, c.code)
	}
}

// What the recipe rests on: every API's rules, for every batch, allow
// every category, need no more of them than there are, and give a length
// the head and the minimums fit in.
func TestTheRecipeFitsEveryAPI(t *testing.T) {
	apis, _ := cvmpassword.APIs()
	for _, api := range apis {
		for _, targets := range batches {
			rules := rulesOf(t, api.Name, targets)
			args := recipe(rules)
			total := args.Head + args.Length
			if min, max := rules["min_length"].(float64), rules["max_length"].(float64); float64(total) < min || float64(total) > max {
				t.Errorf("%s %v: length %d outside %v..%v", api.Name, targets, total, min, max)
			}
			if args.Length < args.MinLower+args.MinUpper+args.MinNumeric+args.MinSpecial {
				t.Errorf("%s %v: %+v", api.Name, targets, args)
			}
			if args.OverrideSpecial == "" {
				t.Errorf("%s %v: no specials", api.Name, targets)
			}
		}
	}
}
