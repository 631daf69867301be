package main

// Exit codes of every command (CONTRACT.md).
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitUsage    = 2 // usage error or unusable input
)

// exitError carries an exit code up to run.
type exitError struct {
	code int
	err  error // nil when the command already said what it had to say
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageError marks an error as a usage error (exit 2).
func usageError(err error) error { return &exitError{code: exitUsage, err: err} }
