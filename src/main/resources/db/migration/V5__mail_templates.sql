-- Mail layouts people taught from one example (JSON of org.rebook.model.MailTemplate), by name.
CREATE TABLE mail_template (
    name       VARCHAR(200) PRIMARY KEY,
    definition VARCHAR(100000) NOT NULL,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
