from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "account_domain" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "domain" VARCHAR(253) NOT NULL,
    "verification_token" VARCHAR(64) NOT NULL,
    "verified_domain" VARCHAR(253) UNIQUE,
    "verified_at" TIMESTAMPTZ,
    "last_checked_at" TIMESTAMPTZ,
    "created_by_id" UUID,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_account_dom_account_157875" UNIQUE ("account_id", "domain")
);
CREATE INDEX IF NOT EXISTS "idx_account_dom_domain_f28654" ON "account_domain" ("domain");
COMMENT ON TABLE "account_domain" IS 'A domain an account claims; verified by a DNS TXT record (services/sso/domains.py).';
        CREATE TABLE IF NOT EXISTS "sso_connection" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "client_id" VARCHAR(255) NOT NULL,
    "client_secret_encrypted" TEXT NOT NULL,
    "metadata" JSONB NOT NULL,
    "enabled" BOOL NOT NULL,
    "auto_join" BOOL NOT NULL,
    "require_sso" BOOL NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" UUID,
    "default_role_id" UUID REFERENCES "role" ("id") ON DELETE SET NULL,
    "account_id" UUID NOT NULL UNIQUE REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "sso_connection" IS 'An account''s OpenID Connect provider and its single sign-on settings (one per account).';
        CREATE TABLE IF NOT EXISTS "sso_identity" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "issuer" VARCHAR(500) NOT NULL,
    "subject" VARCHAR(255) NOT NULL,
    "linked_by" VARCHAR(20) NOT NULL,
    "last_login_at" TIMESTAMPTZ,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE,
    "user_id" UUID NOT NULL REFERENCES "user" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_identit_account_cd0218" UNIQUE ("account_id", "issuer", "subject"),
    CONSTRAINT "uid_sso_identit_account_df5419" UNIQUE ("account_id", "user_id")
);
COMMENT ON TABLE "sso_identity" IS 'A user linked to a provider subject (`iss` + `sub`) by one account''s connection.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "sso_connection";
        DROP TABLE IF EXISTS "sso_identity";
        DROP TABLE IF EXISTS "account_domain";"""


MODELS_STATE = (
    "eJztXXtz27aW/yoY/3OdWTvX7+S6uzuj2Eqq1rF9JTnt3uoOQ4mwhYYCWIKyrO32uy8Akh"
    "IfIEVSlAwxmMlENIkDSr+D13n/uTchFrTp29ZoRKbY27sEf+5hcwLZRfLRAdgzHWf5gN/w"
    "zKEt2pqRRkPqueaI9/Vo2hSyWxakIxc5HiKYN24BD2ITe2/Bj4R60AIBNQUOQdgDpge8MU"
    "QuGLPHP4CvExObT9D6CogDMeXPJsAj4imYwMkQuvQtf7NFRuzVCD9t8iVTjP6YQsMjT5C1"
    "cdmrfvs3u42wBV8gDf90vhmPCNpWDFBk8Q7EfcObO+Lew0Pn+qNoyX/A0BgRezrBy9bO3B"
    "sTvGg+nSLrLafhz54ghq7JflsEajy17YAp4S3/G7MbnjuFi69qLW9Y8NGc2pxhe//5OMUj"
    "zicg3sT/O/vv4KtFmhnG7V3f6LX7hrGX4i//CgluBLdGBPOxweDnQP35l9/vEhBxd4+/4O"
    "rHVnf/9OKNgICx4MkVDwVce38JQtMzfVIB+hLlkQs5JobppdG+Zk88NIFyxOOUCeStgPRt"
    "eFGFA+GNJQuWUyQEN4RvA4DvsR9o3WF7HvA+hwH9zud2r9/6fM9fN6H0D1vg1+q3+ZMTcX"
    "eeuLvv84uw2e+vCotOwC+d/o+A/wn+dXfbTnJ10a7/rz3+ncypRwxMZoZpRYZpeDdEjbVc"
    "cl18pvh9NTZdOa/D9gkuM7R2ka8T88WwIX7yxuzPk6OjHMZ+aXXF5GKtEty6DR6d+M/+iu"
    "FLPdObUjnCbTydCJQ77FuZeARTaC+pN4V3eilrXfU7X9ol166A6hL4nwPM2j3cG51b4757"
    "96nb7vUuQerWAF+3RXs2D64vQeSP5K5UjH2FuJfDvCTvbBM/TdnmVpV7UfrtzZc9iMsyr3"
    "17CSAe4I9d1qFbCfwi2GdDn0Se9z2l7OiQhr6DPfnKFKNJwI38I9YKuIO5oMzq9MS/xOHJ"
    "8dm7s/enF2fvWRPxPRd33uWg3rntp0AVJ7U0pB8IsaGJs2BdUCVAHTKyTQ3ixZ3tHp8+3N"
    "3dxDbuD51+YtA+fP7Q7u4fi7HMGiEPytGeOlbF41ScUh+nVDlOhRhFzlPBt19ynYs9Rjl5"
    "JUKyhtCi2Nq1joiyRJPM2G8uCWeUpkY8V8uASqLJZerHb1J5j4+7NLAfiQvRE/4ZzlNnmw"
    "SaaTXHTg7R5d3lV3TN2UINEZ2f7Nez3wz9JZ+9H9w+3NzsCZCH5ujbzHQtIwdtvqYHyhTJ"
    "Jhx08PHnLrRN8WO+H8xjs94iE/aoHoiuRV87uEcWQsp0kOGRb3BtsBzU5900FaeRjeDak+"
    "5KdNJUiOCLQ1zP+J0M14SpLTr6iQybihTCz8gTIKyJVGfRUUMX8kD9P0bOmkh9XnTU1EHF"
    "Tm1k6o7gmkB1g24aCxOx14aIddHQ+UYpYQdVtkkhD60LU4+Sjt/VvKmDaQaHY0K+GRBbwr"
    "S5JmK/+N21g96ahBoXcMgJkQo2Qt5OI3eHYZ+w/wpKkQ8UFlGIqyiVrxQgoxqJmATZbff6"
    "3c5VPyFBZiFN4WjqsvloOMRGo3n2aA2xLywl9YKe7xcdN3R1ZC0wHIWYrIseWyOvYh02BD"
    "U+Gicnk8ggFHcCQ4DfHSdOiNp8XPtfIcsXZtHkoIBPjD9RwtYrnWP6YwieEUWsE+CbTQF5"
    "BCYO/VdA2B3Yt033CQKCIQXulDWgwAQz4n6DLmDyz5u0T0yNfQ/wAN/bDG2ALHoAMAGPvs"
    "YNfINzesn9Z4ALR8S1AJl6NnqGwqdm8SbEX8Z/+BBqvxpl1KwHQPvVfD+GoCJ+NeEiVm6O"
    "xanqnGsFPD+UNGDIMC3rs5Sk075LxXyXXMh+qTBbDOclB7KEVBs3d8szTOJZ9M+H9kPgnF"
    "XCu8inugT+5wB3H25vO7efLkFwMcC9h6urdvuaN1pcDvDHVueG3/I/k4eyIrPiuMikOM6e"
    "E8fpKUFmlJ21PNOWCBDoKdM5KU5XyTupEsuONrX6+L5J/zg5OT19d3J0evH+/Ozdu/P3Rw"
    "snpfSjPG+lD51P3IUmxoe0T41A0WKH6wrgh2Qa+2rYC9e6QHkh2QoywU/RNYYBtTnmQdcl"
    "EhVaH75kYLogqLT2785u2m//2o+d98Olef9z69c3sTP/zd3tp7B5ZCm/urn7kN533WryWJ"
    "yyBnlshzihkPgl8cNLy1+PCCM6rsTmBKnms2p8Tjm1ZTtgpS0XOar2inpP38UoR+u58EEq"
    "oPNcti0QDui3jioiR7aJJvQH8AxdxH6GBYZzYILr2x7o/9oPFYv7bEt+RiNI/04p+Xvgbv"
    "XWmUs0nxt4B9eAfg1pgx/8FYwJg1xoOoMXzsbIhlzdiejyTSa2hM8dIFzXOUMUXrImFPgz"
    "C4j5NGCzl1GbHpiY3yDXvwY9xr4ve8ojFNmhcPG72D0T8BnNvzxrbNriXawHlzWybTKD1g"
    "ATDIbs7aD3zxvkQfGN7v0xze68OQi+t4nnbLhwrwWhKQ5DKCfmXPxSDucUL76QQDRLm/tb"
    "NEg0GB//1ipereLdDTVVc1W8y7W6qCJySbG1cL7taSDPT4toIM9PszWQ/Fn8rO6vkCNhh/"
    "U9XcvALaduoPb34qwA9BdnmcjzRzLgF/tzedRjpLWIqa/q67G1sV5pF0mQaolFNYklHlVM"
    "PWM0hqNvlXgtIdf8Vpnf4RGvtA0tRagtaHJ7sLo29h0BNSdKMCJ7bi1QUFFgVzp6xkdWzN"
    "XzqtW7al2382IFt6CqSvh5Zqus0g6hq1VXEvfU1Tqse+gehvqXsAN24XmMHxTsc/WMS2bA"
    "gW6oRPkBsF4ha/5fQlsUqJlAwHQq0WFt6B01O97lGTClS5XEcBYMyvUUMps8RW/Rcpmtre"
    "EWSWMZxWXY6FEck/gIJtgqk3OkSFc6FUna4ukHZDKUvKmzDv4r+9HgS7wo4B9T5LKVa8Z2"
    "FLY6y2zPuSlh5B3o7DAlssNQSOmaa09eF3rYpyEPLDgGnJjINjKTDPzUu7vNEByyOkjK32"
    "jkgf8DNqIbO+xGjCbDKbI9blvj73sNuwkHLDYrUk4aSX+MhBDCO0g6aejsSdnzYjctKhJd"
    "SSpEK+RdaVVJilCrStRWlagQuFmHoqSMOF9AqVIyanYNlYoKDKhfobKekiTMgiPTi0Qy5O"
    "SoQsJ8PMWUH62FT80hHREHWoBBAZ9cIUsC0RFrwNUUYIa8MTABz38ARmNC+RMPCA0xayvx"
    "26m1ax1jqMDac5Cj0tAOKE07LhVxQPnGIE3zu1j8UEirsjfEXuu+cwnYfzyddPdLu2v07w"
    "z/imeTjt9JLoHFouYKBc2VSBmt06lHgq+KRV/lhV+l8BU7lzE26bgMynGqerBWyB2lfvcf"
    "x4WP6KUMxEuKJg7liyIjObkTRAbyRTq1PPV4tvLKHiARWu3+oY5KI71JqyZ5q8vaEuqMHf"
    "Gp2Q2lRjLBXtlQ/yWJHqfamWabup/kyK0B2ILpIXcV1chkzUhFJ19ma0C2Yoo/JVbVlbim"
    "9pXSqeI36v41tZDXfoYZhQqXTw9ytZu8nQEXDVfrNx0HYuuQYHsOOHr2W5CX+kz0TMO0Z3"
    "4InzeG80XCM4macxNv0I5dO+rYtVta0K3yp7lK0FeWr5TcrtY2FnvENXzfxpKoJgg1sBJg"
    "fW1kFWSjlNrDQYZttkkkD9ddMIZUVF3Wb+IwM/In54Isz6PcgLDn90XwfZ+N7/u0iYNnEP"
    "Z8jEqAnCBrQmaoONJnRZA+y0b6LAtp2Uq8EmfpIlwXyk0yJTFha0SyjKKr7dQRcpVX573W"
    "zc3dLzxbZXAxwN32T+0rUdg4vOL1jm87fqlj/pkUZ4tZVQsZVcuktIQmLbeeLymat8rUv5"
    "77RYuKYuu3bh6u9S8sFvRMZJfy4I+QqOGzz1+70z77iqRiC2rzSZSby6p92YrN0bJNCZ/N"
    "v1EwmlKPbU7uW/DVz8f8lWcrs6CLnqEFHl0yEfGjPEaKgiG0yewAYJ5ajIef8jRkYxNbec"
    "6btb5jVW4xEdeiU4tpz85dEXSbq9S0EHVsc1660kGSTuUjc2WFxgYqHTim6/EiXUE8cTmJ"
    "UErcvBPcRvw5H5FLyxf0iFM1cJBvBGvhN1gW6hiRRroY0v5JqgTKC4IGInxyXkT0Y61yku"
    "WlhL8RmTgmlrilZGMcIWne4ryRXZGdV9iRRiJhZ1cmiJA0AeS8I+UmahM4DDF4XOrwsaBo"
    "At6b1vgLtE5K43ui8S2GLyaerPB09nqxIGgCultfLaA7QSIJTCktaIJMDU1oo7KXqF7aLa"
    "0pu7/rt2/7ndZNSRYsCS/B4nKAe51+22j1ep1Pt6KoW/TPAe7cfukIw1hwMcCtq37nS/sS"
    "+J+8IFzvvn0bFIQLLitZy4ocPY+zT57HqYOnSPZWSR8Xp9RBWyoHbfkKBps8IVypgFCSWn"
    "NbZW7TKeVu5NVqgiVoNadV5rROK5a9ce6mNUXC9lRaMR2Cq0MbVQoWWy9PeARzJsQ94QmP"
    "aUrj/iEg/vhzF9pmhgNuzEmiCymZuqNdXLyykI8v/rwSbR1AFYxk3EmQlsms14Sqs+hoZ4"
    "88K5CaOGw8EVwHWD0/l2+DkNq8t9diucr0+oouaKu8vww32rhA7c2wPfBXYWgBjwAT+L0d"
    "+Fn1eGlKMsNgqXHjTlmyKptr9iZ17Vq6tS1+m3bu0s5du7FZ7ag4UsS5S6vtFVXb53h/5W"
    "QUyvH6+j6lxHhwib/zlM0pFCfTsOYL38udfk3Ze+ktv5uwrs7TEp2tBZIKRQ6Fa0LbQOk6"
    "CW5i1qpUAC0iuGeKC6FYv1JUmIYNC4gJwgokasAHh3leXJ4d74+Ojt5cisgNBqvHOgHBkc"
    "4/64sHweGfuIAdLtgTJkVCVyY9bOYlK4QKgYIWKLRAsRuLWIMFCtXdTSSiBHfp6Nx+Kjm7"
    "QrJLEFykPUc6t+Gd8Cq5XhbzCq87yhpRI1iDJZrCvGJrcUJdZK1EkTVt7W3aaljE2qul+N"
    "ql+AqpwOpJAlbFl1FJNLXwvn3hPRTT1oS1PmuviolrI/O0uiOCNhq/lim0/eIQ1/uJDPck"
    "ao3lw4M8rQYUzYzfg3arlBrZgOgyYQrsNAdaPfAdHYh1mTA+8nvtbu8SiI8BvrrptG/77O"
    "/gYoBbD9edvtH+4t+O/lVJN1B7TInq+pv0WvjPh/ZDEJFTgk8+1SXwPwe4+3B7K7Q5wQWP"
    "+7m6areDuJ/gcoA/tjo3/Jb/qYY+5xHZntSdMNuAHyFRw3i/89nHogzhFg1jSCYl1WtRMq"
    "1cK6Fcc8mMGhbBEttoXsWDGNnqwgd14X20qWPDFgsfJLD3iGdKkoysBH9BVwl9xYSu18Gf"
    "ov+FxnAujXXPwz9Op/Gvij/bSaHhmF6pIqAxoiakG4gfcc4LZYA5z8kAcy5JZOS6RKJDy8"
    "7nsCBoAsDbzudgeh6cOLJgnswVJUrSmN305Pjs3dn704uzxSKyuJO3dkjWac90q+k74pQ6"
    "qFcde19avzGGjFdDaHoV+Jyk1ZxWmdOPCCM6rjShE6SazyrzGb44iHVXgc1xSs1llbmsw/"
    "I3EnDBfgytVBtbQqrrt+mcB69UzjkyGGsAuNHFhyUTV6nywxGvDomXQtznI9tNAcXbFYi9"
    "oAxcGx5OKQQUjlzoARvhb2/BnSgXPIag92Pr8OT8gkdO8D9FeUVeXYN6bHzJCnPU0uVqN4"
    "nfIka9yInm39p9QrtPqLkNaPeJ3XafMESsRKvfubv1HSkiN0KXCt7Bw33oV+H/xQMwru4e"
    "lg9jfw7wfavX++Wue2102+zOJYj/nVxgi+i56y9o6lfVHZu0lDkhTlUPg1+3hvuG67Wp7u"
    "Wy2Silq/a9SHkbXg1w+9f7TpffCi54xcgvdz/7BSPFRZXpUb+niy5mseliFgqpu1RDf0fO"
    "EUX1XdCpdn5MkGq9psp8duEzOxtUYXOcUnNZZS5b0EbP0J0b651rJN1s8YDjM9V3uClzwg"
    "npLkF4NcBJ717/uf9MRQ9eymPJKngGLMn0BFV5gvqFc40JpNR8knipZjsxpSm1N1MFb6bX"
    "Ne/tDvolrHuvGtveZEQrRLinKTW2CWwDrXdpS3SKUNuh1cjH0BQwFTPqqzn7a7fpbzchg5"
    "Jjdf18DOnNqwZIC6cO2dGRWjJzSCLPYy3g1jZqVQa43Ohd7PJ6UViBbvI8VNq9J2HOWTNN"
    "y93UG5KXdmjnacaQ3miels9wMoQuHSNnT+ICFXl6kOcCNYm3K+ACxSckQBiY7J+/WwfFJE"
    "zgEhuy+xbwxi6EgHNDVLLDHm8KKQUWmkAsEs4v8smevpF5RW3oLdIEtJHzmc5Aq32kdsiW"
    "2WAfqR307Ygkhy1h+NiVdLNsD6GGadvGaOq6wmKB2Ylg6k1dWb6GvAQZK3raYs6McL3c2Z"
    "QZDEp2fiuVMyZCokbOmEYVfEF4ZE8tGAxngw/1krMjowedSabEtJhAC5mGXzpCLDUleSCl"
    "1+tSRQaUWZ1ShHqNqn2NeoKkyqSIkum5UHwucNzKTIGwvR75tY98nb4/kxU7KkpK/HZ0sf"
    "atRIWznaJsNPiSRMOpiv29AJzaAK+j6gUDXt8Cr+ZordcEz5fJGhDtBt00dJxGNpMYpF12"
    "Wuh2rvqvlZkgasiU2OUSds5swxwRDY1F5FsB0xwG8JA3F2kC2Ih7RiMIyAzSAzBzkefxtA"
    "HYzyHgmpia/kk/SCswGpv4iT0Zmx4YmWzAUoBkdeU38JIBHuA+e+pyK54LLfBsuojjQMH+"
    "bIxGYzAx52BMbAuYgGB4yI/YIkvCG2C6EEA8cuc8lgmwbtmmkFnAPicnAoYv3AdfpD4snx"
    "ghL0OrdIeWZFIMBvl69r5NCghbzMuqjYHfjwRXxBjIpyWvIpvmeU40fYSmgWHDF0UMfBfZ"
    "Br4LSdICo3RgdpSmgSBvJDbbZnvgVBo/lI1zlGaLFm2IN6X5S+BcBOVsjJMIO+bcJqZlLA"
    "4GaaizQ7WkxI0Y29sO11LdhSPtLVVbdg7VI1V1XvCa84LbJvWM0rnt41Q6JLT8GpOU20oK"
    "BRJyHYKtjiknLQmMbJPxoJL8F6PUXFaZyzqRQrP5qwP567cgLpPZloQ1RaiRzbUmxrMGr2"
    "mlaWJ56oOEqSY1wJRKJd2FvrfhnsRas3h2kGeqcaOtVpppfuHGj2VY099oGLXEUzqPiAMt"
    "4JFL0cJxIvFLgLjABBR5cHHzRBI6VX/3q2Kmwoy0AjsdO6Vjpwpy4LU1vc01lzQ+v3Trnu"
    "eFvr8f4F6n374E/P8qirUi2v1s3X5Ksy8+pbhnaB+C9ipjXVWjX6h25ElO7ciTdO3IqVvK"
    "OBU0b4JaLQVuQXRz4U1rhbWjrPZFVEhwKOKLWCRBRZBKxKSUATyBWGb3KJOswk+/EhUOGs"
    "KAjSasEA6JMiErcFTMEbDCFgXSU/DOLUChx33ORqZjDpGNvDmw4TN/Gbh3IYMTYdaId0vB"
    "2HyGAJNQYJIlo6ilz1VilBaftPi0Q0tIk8UnKEkflX3MDJrXcsxUqVxL7Q5mWjyKeHQUc+"
    "nI8+lI4dt4sf++275uf+zccm+a5fUAXz30+nefL4H/OcD99uf7u26r+z+XYHFZRT1wXMQv"
    "7TjbMe045ZkWOqUaJdeYJF3zZNr6l5vFQQ2VS0GQpFMjDpu/Vsdh6zhsRc9VErO/anHYii"
    "1/jdEuqYnr1pRLpoMMUblxTaVSy0F93s0OrlmZ6qR4SqAw0+iaQMVTmzYRKkoJb4GhOAOs"
    "CVePkqtFX82ZzhtVVfYgpRm1xcNHB3kKSxppVEBnOYSmC10QUL0FnYnDBjjBgrPhbSpiXf"
    "np4JDw0uDPCM4oV0gSDIGv4ZbpLmvte3VMrVZYaoWlmivvjh6sC4XH6nLTe2mFQu3lpndL"
    "vyaKsJdcvQSNX619gDuf79tdJrwHJdxjf1bSphVhyHE2Q453vMqxImmUVFrcCgULiCC5Ka"
    "20qyVpdViIypzWZY6/By77cnvRU4rfuoH2jtqPJyLJGJNnZeq/HCfJGFXzcD4tZGk9zbG0"
    "nqYtrWghRLM1p1IF1ewetIZbZ8bcmr1AZ2+sO3ujZGLXAHDTqylmL4dlDTMbVQvHVOky5X"
    "BS156jIo7p+AtqiqNhfXcOxJ1rELwPOC55RhZ0RWU05FFAGV9sCLjL86HQ9Hoeu0PBPtfp"
    "Oryh35Ws/Nrm3qM1yApsCAdag6w1yPFdi9Kp7CSQI5ctKFR2GawoNJwXEhrOc4SG87TQkC"
    "MnZMOcJxo0AemT8/MikWzn5zkZFs8zkKaQLUletSyAOV00ggvbztM1gZ7J95w0D/JqQS1p"
    "tBNmPksqOGFCzOGRZbPOqwIVodJFoEoUauS77+8ESXLG5NfKjNLpGoAlEHfhH1PkQoMJWi"
    "UxT1Bq1Eugrj27sw8+uyk+FPHsDnk3nJfV1CYJtfY7Pp+Cr2VUKLclIdXoqp3w4lXdpzZi"
    "YIgOwhr04AWLGqk5WFdqwSUztoZUeQWiQ+4w7BP2X+2xIUqO8PpDQ9a1KnQsiD3kzffkNo"
    "XF44NVFgUUbVnA85ybtkQlJZEWEJhL9T6dDn/n+v79r4jSr+A/wFd25+sbMJwLp/ClfWBp"
    "xJC5n9f7Al4p6oZ15vurR4wLjI+zRboNyplKuRXCL1LF8AS+uhLsm4COTV5jamSTqQVCvA"
    "Y4/F5vADRHY2DBEfuLfRPeBXIBmWEwGxP/S/Jciih8UibHx1JpGvz6PTYyYi2EQVZnAdEm"
    "kYIc0DKNNolsirebN4mEq2AJkCMkDUR5I+YQf/tlMnYZnGNETUS6WAbFnPyJ6bpe1DNs8o"
    "RwVUf1KLH2YVZH35XeHFRTHKjL2oZ4eu4InLvk6qmkCqaUr6fO5bqtdBub9OoUI1qieAlH"
    "erbGJZxSqzUtdxiCJ5sMTXuhcngLeM3roJg2okJVIQ4Al8DnLYDP0J3PxtBlHVKPcK2FTW"
    "bQPRyZFFppbcumXqJ9NhVY2Q+0gkIrKOL+O2WLNddcqVmhWP+N1GnW6Uo3W83Bgo7pepOS"
    "8YpxqubFK24Eakw89IhGfg2u0uuGnLqB0G9iFXFMSmeEnVHLpmdJETYR8A1oOz3iOWu5fm"
    "d20AQGbNvvW4DpQGyxL7U+V/I60typyJ3Ao7uC9CAh12prtdXWHnquKComaTWnVea0OKYZ"
    "z9BlJ7dK7JZ2oHmuMs930ACpiH/rzrEaUYPXg3gk7sQgDucBkRh3cqNcsrrQ4S4lwl086E"
    "4oXyXDdL9FpbsUYROOr4niqkUUGWfZeoyzlBrDB43Xs3aqnWGkHehNTeWVznHZqXM0rzLH"
    "JKR6lq2eZSFsa8yzjC70TFN5punQzewpt5tWxKzQzZSXULbjhazOiRFYjSUHzs3UO1Fz0u"
    "fX8AgSiAiJqpZyww1zvIprK14c4nrG72S4JlRt0dFPZNjQUYXwM/IEBtSgUstpGbQ6i96a"
    "D5dGSldnqqk6U1AzZz2cInWEGgnSMhhVWn6zZAWraARsU+Aq5dO6RJbMMD9qZ7keh8CGId"
    "0FDmJNq/T3V0kH4F/gcEzIt2toI+4MuyfxBU42OchzC575jbmH87L1Shdh7qhLpt6QvACX"
    "zC5FEDR8ZsMekJkfPC3uYMsh7Ke+BV14GL4AsOM+BSbAcMZp057BNfe92iH4t72wM6FBXc"
    "bsUbaLTqkf9hxc8zEGXzwmPfIqx/zTD4Au7FD8AT11cIbbgNSlGKVHezC01fV3fOJf4fAf"
    "Jyenp+9Ojk4v3p+fvXt3/v7oPWsrvm/60bs8HXjnE9dmH0SlzlC9rR2Nvx8VQRFHYx3sto"
    "FgNx36nCwPVigi9zgnJPc4HZO73GLSIK8u2rak3mLZtvv27XXn9tNeOdBDsksQXAxw7+Hq"
    "qt2+bl9fgsXlAH9sdW74Lf8zeVIoxKhCfMphU4pLwc4v4VPmvh4lWb2718Wco83u7ifHZ+"
    "/O3p9enC029cWdvL08bZZOnqdKbtYScl0iTx0dvsTzh4x4sga23co8+1c4/iRotZFOaU5z"
    "N63qM1tCrvmtPL/9cwhjoyUJSMvcImWklbZKxdhb92YpcIKuK/Ogy8mPE6Nqnl/JRvI9Cd"
    "CsqeuHkk3KHPhkpHo0y9KeU4e9ARrwZQRdp5SAKaPVI7vQyA7UpZV0Y0lavSOrvCOHpyeb"
    "PKUZnV3MJEGmRj0T/r7G1DNhEyiwWRjkUaqszDMUyKgbtL9sxXAQrS3jW39K6owTZFppnI"
    "T1uXyl4SiNBjQ/R5rAKg1u6XRegbm4/VysaKui2K7M6RUdWquzpUUtwjXhG+mxqRDHV0SV"
    "8qYlmZDtNhHl02q3ieg4KVQTd+x5zj59Ax66N8CMlq5tWRN2ygEufGLnHH7APgAz5I1FFj"
    "QxdilAHk9Ez3scQgo8Ii2GW+sLeA577o/BC+byFPV+LgOenC1Iv7bIagD2GfFkSj0whICb"
    "lzlS3FmDk775QbzFceEzIlMadDPgU2dOwbNpIws8EnfxGiY68w8TPDE8Re58RCxgPno8iT"
    "5wie/dqPO9qbJLHQDthqHdMGLxOW6prE1B8wZ6CpwcFc2RlZskS6LDWX65EkAnyLTCrJDC"
    "zN8ey2hQlhRaeVK78kQXg91i1oB18mDpitSyEV8h91V4cl4rK1luJ03YCV6dKy8OYstWpR"
    "j0vJ60jUVlG0soppSuJ5si1BVPdX3mZouOkgmVisbTHvybtx3oYiDbKgaS8rpYO8JUEt7X"
    "EOTLRZlWtAAIM1eO+j80gxXQ/S+arlT898gEemO/yKvpgTHrnLHM4oVZlzr6AzBzkedBHN"
    "RrZZiYmJq+JE8exa3R2MRPMK34r/sFXPHf4RYBK6zE0mMLgcW4AAKgKJhAShnWvM3+1wCU"
    "Q2R9fXOwLGXLOoZ+ZKbvUqJ19qrsDgdaZ/8dHbyaETqpSMhNaScYAUcK05ziNzGqRmjM4l"
    "r6iyJK+otsHf2Frs67CuKNhKg65twmpmR9yLaEREjUMIXw1+60KaRSRjwtfbyq9NFi0I/G"
    "exK5I3iSK3GYyzarRI1sGGo+dX8vWUzWDHbJPmRXSBK8bnJg1abiFios8UlVAuGgeQPRPS"
    "7kGHGc4xhxnHaMYG/0pF7I2eeBCMn2zwOvIy+8xs5f/2b21/8DUEvrbw=="
)
