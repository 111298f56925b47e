"""Attribution: speech frames, speakers, claimant phrases and sides, and the document's own voice."""
