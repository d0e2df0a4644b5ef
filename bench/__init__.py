"""Benchmarks: each module prints figures and the machine they ran on. Run all: `make bench`."""
