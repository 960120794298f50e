package cvmpassword

import (
	"encoding/binary"
	"errors"
	"sync"
	"unicode/utf16"

	"github.com/cvm-password/cvm-password/go/internal/engine"
)

// An instance of the engine is not safe for concurrent use, and costs its
// memory (about 330 KB) and about 0.15 ms to make: a pool lends each call
// one, and keeps it for the next.
var instances = sync.Pool{New: func() any { return newInstance() }}

// errEngine is what a call answers should the engine ever stop (a trap):
// none is reachable, and the instance is thrown away.
var errEngine = errors.New("cvmpassword: the engine stopped: please report this as a bug")

// noneArg is the layout's "none" as an i32 argument of the engine.
var noneArg = func() int32 { word := uint32(none); return int32(word) }()

// instance is one engine and the addresses of its buffers, which never
// move.
type instance struct {
	module              *engine.Module
	units, words, bytes uint32
	// The engine's own strings read so far (codes, API error codes,
	// figure names), by address: the same in every instance, and read
	// once per instance, without a lock, as an instance serves one call
	// at a time.
	fixed map[uint32]string
}

func newInstance() *instance {
	m := engine.New()
	return &instance{
		module: m,
		units:  uint32(m.Xcvm_units()),
		words:  uint32(m.Xcvm_words()),
		bytes:  uint32(m.Xcvm_bytes()),
		fixed:  map[uint32]string{},
	}
}

// use runs f with an instance of the pool, and gives it back unless the
// engine stopped.
func use[T any](f func(*instance) (T, error)) (result T, err error) {
	in := instances.Get().(*instance)
	defer func() {
		if r := recover(); r != nil {
			var zero T
			result, err = zero, errEngine
			return
		}
		instances.Put(in)
	}()
	return f(in)
}

// memory is the engine's memory as it is now: a call may grow it.
func (in *instance) memory() []byte {
	return *in.module.Xmemory().Slice()
}

// word is the i-th word of the engine's words().
func (in *instance) word(i int) uint32 {
	return binary.LittleEndian.Uint32(in.memory()[in.words+4*uint32(i):])
}

// text is the string at an address and length of the engine's memory.
func (in *instance) text(address, length uint32) string {
	return string(in.memory()[address : address+length])
}

// own is a string of the engine's own tables.
func (in *instance) own(address, length uint32) string {
	s, ok := in.fixed[address]
	if !ok {
		s = in.text(address, length)
		in.fixed[address] = s
	}
	return s
}

// field is the string at words i and i+1, "" for none.
func (in *instance) field(i int, fixed bool) string {
	address := in.word(i)
	if address == none {
		return ""
	}
	if fixed {
		return in.own(address, in.word(i+1))
	}
	return in.text(address, in.word(i+1))
}

// write writes s as UTF-16 units into the engine's units() from unit at,
// as many as the engine reads; the count written.
func (in *instance) write(s string, at int) int32 {
	units := in.memory()[in.units+2*uint32(at):][:2*bufferUsername]
	n := 0
	for _, r := range s {
		if 2*n+4 > len(units) {
			break
		}
		if r < 0x10000 {
			binary.LittleEndian.PutUint16(units[2*n:], uint16(r))
			n++
			continue
		}
		hi, lo := utf16.EncodeRune(r)
		binary.LittleEndian.PutUint16(units[2*n:], uint16(hi))
		binary.LittleEndian.PutUint16(units[2*n+2:], uint16(lo))
		n += 2
	}
	return int32(n)
}

// Names already looked up: an API's index, an OS's bit, a language's
// index, each as the engine gives it. Only names it knows are kept.
var lookups [3]sync.Map

// lookup is the engine's index of name in table, or false.
func lookup(table int, name string) (int32, bool) {
	if index, ok := lookups[table].Load(name); ok {
		return index.(int32), true
	}
	index, err := use(func(in *instance) (uint32, error) {
		return uint32(in.module.Xcvm_lookup(int32(table), in.write(name, 0))), nil
	})
	if err != nil || index == none {
		return 0, false
	}
	lookups[table].Store(name, int32(index))
	return int32(index), true
}
