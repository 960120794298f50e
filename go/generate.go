package cvmpassword

import "crypto/rand"

// GenerateOptions say which rules a generated password follows.
type GenerateOptions struct {
	// Targets are as Check's: none means any OS.
	Targets []string
	// Username is a name the password must not contain; nil is the OS's
	// default administrator. APIs that take no UserName ignore it.
	Username *string
	// API is the API whose every source must accept the password; ""
	// means every API of the portable families (A to D), for a password
	// whose API is not known yet.
	API string
	// Length is in characters; 0 is the rules' own (20, or the API's
	// maximum below that).
	Length int
	// Lang is the language of an error's message.
	Lang string
}

// GenerateError is why no password could be made: rules no password of
// the length meets. Code is the core's ("length_out_of_range"...), Message
// its message, Figures its figures by name.
type GenerateError struct {
	Code    string
	Message string
	Figures map[string]any
}

func (e *GenerateError) Error() string {
	return "cvmpassword: " + e.Message
}

// Generate makes a password the rules accept, from crypto/rand: every
// password of the length that the rules accept is equally likely.
func Generate(opts GenerateOptions) (string, error) {
	api := noneArg
	if opts.API != "" {
		index, err := apiIndex(opts.API)
		if err != nil {
			return "", err
		}
		api = index
	}
	targets, err := targetBits(opts.Targets)
	if err != nil {
		return "", err
	}
	lang, err := langIndex(opts.Lang)
	if err != nil {
		return "", err
	}
	length := -1.0
	if opts.Length > 0 {
		length = float64(opts.Length)
	}
	return use(func(in *instance) (string, error) {
		for {
			name := noneArg
			if opts.Username != nil {
				name = in.write(*opts.Username, bufferUsername)
			}
			switch in.module.Xcvm_generate(api, targets, length, name, lang) {
			case generateRefill:
				pool := in.memory()[uint32(in.module.Xcvm_random()):][:bufferRandom]
				if _, err := rand.Read(pool); err != nil {
					return "", err
				}
				in.module.Xcvm_random_filled()
			case generateDone:
				made := in.memory()[in.bytes:][:in.word(0)]
				password := string(made)
				clear(made)
				return password, nil
			default:
				f, _ := in.finding(0)
				return "", &GenerateError{Code: f.Code, Message: f.Message, Figures: f.Figures}
			}
		}
	})
}
