package cvmpassword

import "encoding/json"

// RuleSet is the rules of an API for a batch, as the core describes them:
// the same fields as the CLI's `rules --json`.
type RuleSet struct {
	// Policy is "linux" or "windows" where the rules are a preset, else
	// "custom".
	Policy               string   `json:"policy"`
	MinLength            int      `json:"min_length"`
	MaxLength            int      `json:"max_length"`
	RecommendedMinLength int      `json:"recommended_min_length"`
	RequiredCategories   int      `json:"required_categories"`
	LettersAsOne         bool     `json:"letters_as_one"`
	Categories           []string `json:"categories"`
	// Specials are the special characters, in ASCII order.
	Specials         string `json:"specials"`
	SpaceAllowed     bool   `json:"space_allowed"`
	BansLeadingSlash bool   `json:"bans_leading_slash"`
	// BannedFirst are the characters a password may not start with, "/"
	// aside, in ASCII order.
	BannedFirst  string `json:"banned_first"`
	BansUsername bool   `json:"bans_username"`
	// DefaultUsername is the name the username rule looks for when none is
	// given; nil without the rule.
	DefaultUsername    *string `json:"default_username"`
	UsernameMinChecked int     `json:"username_min_checked"`
	InspectionLimit    int     `json:"inspection_limit"`
	// GeneratedLength is the length Generate gives by default.
	GeneratedLength int `json:"generated_length"`
}

// API is an API whose rules the package knows, as the core describes it:
// an entry of the CLI's `apis --json`.
type API struct {
	Name string `json:"name"`
	// Family is its family of rules ("reset", "cvm_login"...), Letter the
	// letter docs/SPEC.md names it by.
	Family string `json:"family"`
	Letter string `json:"letter"`
	// Mix is "windows" (one Windows or unknown instance makes all Windows)
	// or "strictest" (every OS's rules at once).
	Mix           string `json:"mix"`
	TakesUsername bool   `json:"takes_username"`
	// PasswordErrorCode is the code of a refused password, nil where the
	// vendor lists none.
	PasswordErrorCode *string `json:"password_error_code"`
	// ErrorCodes are every code a finding for it can have.
	ErrorCodes []string `json:"error_codes"`
	// Parameters are the top-level parameters of its request, where
	// Preflight reads it; else nil.
	Parameters []string  `json:"parameters"`
	Sources    []Source  `json:"sources"`
	Disputes   []Dispute `json:"disputes"`
}

// Source is where an API's rules come from: a parameter of the vendor's
// metadata, cited by fingerprint, or a page.
type Source struct {
	Label       string  `json:"label"`
	Package     *string `json:"package"`
	File        string  `json:"file"`
	Parameter   *string `json:"parameter"`
	Fingerprint *string `json:"fingerprint"`
	Linux       RuleSet `json:"linux"`
	Windows     RuleSet `json:"windows"`
}

// Dispute is a rule an API's sources disagree on.
type Dispute struct {
	Rule       string `json:"rule"`
	RefusedBy  string `json:"refused_by"`
	AcceptedBy string `json:"accepted_by"`
}

// described decodes the JSON the engine wrote into bytes(), of length n.
func (in *instance) described(n int32, into any) error {
	return json.Unmarshal(in.memory()[in.bytes:][:uint32(n)], into)
}

// Rules describes the rules opts say: the same fields as the CLI's
// `rules --json`. Username plays no part.
func Rules(opts Options) (RuleSet, error) {
	e, err := opts.engine()
	if err != nil {
		return RuleSet{}, err
	}
	return use(func(in *instance) (rules RuleSet, err error) {
		err = in.described(in.module.Xcvm_rules(e.api, e.targets, e.strict), &rules)
		return rules, err
	})
}

// APIs describes every API whose rules the package knows,
// "cvm:ResetInstancesPassword" first: a new slice each time.
func APIs() ([]API, error) {
	return use(func(in *instance) ([]API, error) {
		all := make([]API, in.module.Xcvm_api_count())
		for i := range all {
			if err := in.described(in.module.Xcvm_api(int32(i)), &all[i]); err != nil {
				return nil, err
			}
		}
		return all, nil
	})
}
