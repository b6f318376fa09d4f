//! Authority notification drafts and data-subject / controller notice texts.
