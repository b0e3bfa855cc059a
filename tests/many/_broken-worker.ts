/** A worker entry that cannot start, as in a bundle where the worker file is broken: compareMany must run inline. */
throw new Error('this worker cannot start');
