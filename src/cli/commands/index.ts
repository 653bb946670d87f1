// Each command module registers itself with the program when imported.
export {};
