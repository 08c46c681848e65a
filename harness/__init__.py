"""Real processes for the tests and the benchmark: the server (`server_process`) and a real Fluent
Bit around it on the shipped configs (`fluent_bit`)."""
