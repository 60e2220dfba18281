//! Randomised Coffee Trials: a co-ordinator's programme of rounds in which people are
//! paired at random to meet for half an hour, everyone meeting someone new each round.
//! `pairing` decides a round's pairs.

pub mod pairing;
