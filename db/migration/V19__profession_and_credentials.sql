-- A person's profession and credentials, for continuing-education credit: the profession decides which credit types
-- they may claim, the credentials ("MD, MPH") are printed after their name on certificates. Both optional.
ALTER TABLE person
    ADD COLUMN profession  VARCHAR(32) NULL AFTER locale,
    ADD COLUMN credentials VARCHAR(80) NULL AFTER profession;
