//! Lifecycle tables as static data: transitions and the operations refused in a state with their exact error.

/// A transition of a lifecycle, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransitionInfo<S: 'static> {
    /// The state it leaves.
    pub from: S,
    /// The state it enters.
    pub to: S,
    /// The id of the operation that causes it, if one does.
    pub operation: Option<&'static str>,
    /// The event that causes it when no operation does (English).
    pub event: Option<&'static str>,
    /// The condition under which it happens, if any (English).
    pub guard: Option<&'static str>,
}

/// An operation refused in a state, with the exact error answered, as static data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForbiddenInfo<S: 'static> {
    /// The state.
    pub state: S,
    /// The id of the operation refused.
    pub operation: &'static str,
    /// The condition under which it is refused, if any (English).
    pub guard: Option<&'static str>,
    /// The error code answered.
    pub code: &'static str,
    /// The HTTP status answered.
    pub http_status: u16,
    /// The arguments of the code's placeholders, by name.
    pub arguments: &'static [(&'static str, &'static str)],
}
