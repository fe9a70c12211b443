module github.com/quotewire/quotewire/services/quotewire

go 1.26.8

require github.com/quotewire/quotewire/pkg v0.0.0

replace github.com/quotewire/quotewire/pkg => ../../pkg
