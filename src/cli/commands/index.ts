// Each command module registers itself with the program when imported.
import './build.js';
import './validate.js';
import './stats.js';
import './plot.js';
import './map.js';
import './report.js';
