# A fresh namespace: only lo, the default rules.
