//! The domain's tests in one binary (one link, not fifteen): a module per rule set, and
//! the fixtures the Fishbowl and guided-technique modules share.

mod agenda;
mod catalogue;
mod catalogue_timings;
mod coffee_pairing;
mod fishbowl;
mod fishbowl_common;
mod fishbowl_contract;
mod fishbowl_seats;
mod fishbowl_talk;
mod guided_before_action;
mod guided_common;
mod guided_inquiry;
mod guided_learning_set;
mod guided_learning_set_live;
mod guided_peer_assist;
mod guided_retrospect;
mod knowledge_cafe;
mod knowledge_cafe_contract;
mod lengths;
mod live;
mod live_agendas;
mod live_common;
mod live_set_upcoming;
mod matching;
mod seating;
mod seating_properties;
mod series_carry;
mod session;
mod techniques;
