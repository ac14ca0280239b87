from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "webhook_event" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL,
    "event_type" VARCHAR(60) NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "payload" JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_webhook_eve_account_531e85" ON "webhook_event" ("account_id");
COMMENT ON TABLE "webhook_event" IS 'Something that happened in an account, written in the transaction of the change.';
        CREATE TABLE IF NOT EXISTS "account_security_policy" (
    "user_invitation_lifetime_seconds" INT,
    "client_setup_lifetime_seconds" INT,
    "require_two_factor" BOOL NOT NULL,
    "session_lifetime_seconds" INT,
    "allowed_email_domains" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "updated_by_id" UUID,
    "account_id" UUID NOT NULL PRIMARY KEY REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "account_security_policy" IS 'Per-account security settings (one row per account; absent = the service defaults).';
        CREATE TABLE IF NOT EXISTS "webhook_endpoint" (
    "id" UUID NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "description" VARCHAR(500),
    "events" JSONB NOT NULL,
    "enabled" BOOL NOT NULL,
    "secret_encrypted" TEXT NOT NULL,
    "previous_secret_encrypted" TEXT,
    "previous_secret_expires_at" TIMESTAMPTZ,
    "created_by_id" UUID,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL REFERENCES "account" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "webhook_endpoint" IS 'An http(s) URL an account''s Admins registered, with the events it subscribes to.';
        CREATE TABLE IF NOT EXISTS "webhook_delivery" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "account_id" UUID NOT NULL,
    "subject" VARCHAR(120) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "attempts" INT NOT NULL,
    "next_attempt_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "last_attempt_at" TIMESTAMPTZ,
    "last_status_code" INT,
    "last_error" VARCHAR(500),
    "last_duration_ms" INT,
    "response_excerpt" VARCHAR(500),
    "delivered_at" TIMESTAMPTZ,
    "attempt_log" JSONB NOT NULL,
    "redelivery_of_id" BIGINT,
    "endpoint_id" UUID NOT NULL REFERENCES "webhook_endpoint" ("id") ON DELETE CASCADE,
    "event_id" UUID NOT NULL REFERENCES "webhook_event" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_next_at_a5fece" ON "webhook_delivery" ("next_attempt_at");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_endpoin_4e5839" ON "webhook_delivery" ("endpoint_id", "subject", "status");
CREATE INDEX IF NOT EXISTS "idx_webhook_del_status_5b6f00" ON "webhook_delivery" ("status", "next_attempt_at");
COMMENT ON COLUMN "webhook_delivery"."status" IS 'PENDING: PENDING\nSUCCEEDED: SUCCEEDED\nFAILED: FAILED';
COMMENT ON TABLE "webhook_delivery" IS 'The outbox row: one event owed to one endpoint. Re-delivery adds a new row.';"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "webhook_endpoint";
        DROP TABLE IF EXISTS "account_security_policy";
        DROP TABLE IF EXISTS "webhook_delivery";
        DROP TABLE IF EXISTS "webhook_event";"""


MODELS_STATE = (
    "eJztXW1z27aW/isYfWkyY3tix3Zy3d2dURylVetYXklOurfqMJQIW2wogCUgK9pu//sCIC"
    "nxBaRIipIhBjOZWCZxQPk5IHDez9+tGbagQ07akwmeI9q6An+3kDmD7EPy1hFoma67vsEv"
    "UHPsiLFmZNCYUM+c8LkeTIdAdsmCZOLZLrUx4oPbgEJkInoCfsaEQgsE1AS42EYUmBTQKb"
    "Q9MGW3fwRfZiYyH6H1BWAXIsLvzQDF4i6YwdkYeuSEP9nCE/ZoGz3u8iFzZP81hwbFj5CN"
    "8dijfv+DXbaRBb9BEv7qfjUebOhYMUBti08grht06Ypr9/fd9x/ESP4HjI0JduYztB7tLu"
    "kUo9Xw+dy2TjgNv/cIEfRM9rdFoEZzxwmYEl7yvzG7QL05XH1Va33Bgg/m3OEMa/3HwxxN"
    "OJ+AeBL/7/y/gq8WGWYYt72hMegMDaOV4i//CgluBJcmGPG1weDnQP39jz/vGhBxtcUfcP"
    "1zu//i9eVLAQFjwaMnbgq4Wv8IQpOaPqkAfY3yxIMcE8OkabTfszvUnkE54nHKBPJWQHoS"
    "fqjCgfDCmgXrVyQEN4RvB4C32B9o9ZCzDHifw4Bh92NnMGx/vOOPmxHylyPwaw87/M6ZuL"
    "pMXH3h8wuzt9/fFVaTgM/d4c+A/wr+3bvtJLm6Gjf8d4t/J3NOsYHwwjCtyDINr4aosZFr"
    "roufKX5fT01PzutwfILLDK1D5OvM/GY4ED3SKfv17NWrHMZ+avfFy8VGJbh1G9w68+/9E8"
    "OXUJPOiRzhDprPBMpd9q1MNIEptNfUu8I7vZW1r4fdT52Se1dAdQX8nyPExt3fGd1b467f"
    "+6nfGQyuQOrSCL3viPHsPXh/BSK/JE+lYuwrxL0c5iV555jocc4Ot6rci9Lv731pQVSWeZ"
    "3bKwDRCH3oswm9SuAXwT4b+iTyfO45YaJDGvouovKdKUaTgNv2RawNcAfvgjK70yP/Esdn"
    "p+dvzt++vjx/y4aI77m68iYH9e7tMAWqkNTSkL7D2IEmyoJ1RZUAdczIdrWIV1f2Kz696/"
    "VuYgf3u+4wsWjvP77r9F+cirXMBtkUytGeu1ZFcSpOqcUpVcSpEKOIPBV8+zXXudpjlNNX"
    "IiRbKC2K7V3bqChrNPGC/c0l4YzS1IjnZh1QSTS5Tv3wVarv8XWXBvYD9qD9iH6Fy5Rsk0"
    "AzbeY4yCW6vrr+ip65WJkhou8n++vZ3wz9LZ89H9ze39y0BMhjc/J1YXqWkYM239MDY4rk"
    "EA4m+PBrHzqm+GO+H8xjb73p2gbFXyHaFiXXHvJpDvCELITTxLHh1kvpWkzSVIjgNxd71P"
    "gTj7eEqSMm+gWPm4qUjZ5sKkDYEqnuaqKGbk+BUXtqu1si9XE1UVMXFZNF8NybwC2B6gfT"
    "NBYmpn5vCxGboqHv2wKOpxh/NSCyhAdqS6Q++9N1gtmatKa4HIrPsFT+FGpRGrkegkPM/i"
    "so7N8TWMRuqaLytFHOjyqOMUG/3xkM+93rYULQz0KawMncs+nScLFjT5bZqzXEvrC8Pwhm"
    "vltN3JDXneM6O5tF4BRXAsujPx0nzoUj2wWfxm2jQ96QcHGzg/4OesfBBCCcgH2glKFCwA"
    "uMIPDwArjQC73qPwI2KxPAwX9yzzkb6z3ZEwgC6MnLtH9+R8/Ywj0fQlbOThOn2q+7XklT"
    "zVGOb577NYy1iG449oMw/vJlipFVxk1SZCrtPUnb831tm6FE5+42+G+cR4OfBt+Df81tj2"
    "1PC3bmsi0YS0SZXC+WfALt0Crh0CKQkC33nrwp9LJPQ246Dl5Ay4Az03YMC7MfMvPML4Pe"
    "bcYhmzVB0qtoTyj4P+DYZGcKUSREbjy3HSaukBP+vOeIkuOAxd6KMBThxcf2b8koheub3r"
    "vkkc0neKcdvtrhu+LdeFlS/k0RauevxF2Z7VrLM3ZEoqq3MncU97MpqYRsNHnEdbCY0eO6"
    "Pbhuv+/k2jzKqu2hP06mqUd8dTnKeegZLKaOt1GoAh+TCXahBRgU8NETig8QE7EBXHEGC5"
    "tOgQm4JRZMppjwOxSIwGY2VhIlX+vUOjZegb3nKEf/1rHxTTvbi8TGf2WQpvldLPY3pFU5"
    "Tr7VvuteAfYfD9fuf+r0jWHP8D/xaO34leQW+Dwh2TpdYQXuaaF0hdOcdIXTdLqCOLmMqU"
    "mmZVCOU9WD9bMKUHGkL88LAH15nokzvxWH2fXgg/2tDMRriiYu5csiKzl5EkQW8mU6dYNQ"
    "ng1Q5chO0tZwaB+OgqbSGS3Rv9OHtGreJ3VZWyLwOpRaS1s1UoTaqpHwZDA1sCSmERK9UP"
    "Nj2jMNPzsMa1cU2FqMP8mVWwOwBSPVDhXVyMuaEUQk32drQLZicNaBAJs6WUonY6QtxjXa"
    "NueWTTtPMKMUyPruUa59k48z4GrgZgun60JkHWPkLAFHzzkBdw4DEdgWOQIIgwd/EYGvcE"
    "mugJiZADynjv0EwWLqF/NYAn/aMZQYOnfxhJrtne/sx0yXs/TclDiXgyWnrkbqu5b/dXb2"
    "+vWbs1evL99enL95c/H21crHnL6V52x+1/2J+5tjYnvogG6KHXSv/GmuGfSZNazN59WhxP"
    "dFIaXYM/xQvJKoJgg1sBJgfXtkFWSjlFp1lWGb7RTJw/UQ3CEVjZf1OznMSZgOUAJkeQLB"
    "7uoE7Q3ft0XwfZuN79u0k8P0mODpY1QC5ARZJaQV2xjiSJ8XQfo8G+nzLKRlO/FGnKWbcF"
    "0oN8mZxJStCc5yi272VEfIVd6dW+2bm95nXics+DBC/c4vnWtROiz8xCuK3Xb9YmL8Z1Kd"
    "LeZXLeRWzfGqJhnEVANSbj9fUzRvl6l/P/cTqIti649uHq71bywWpKbtlAo4j5CoEWLOH3"
    "vQIeZbhcTWZ+AM6oRIjJvrCiLZhs3JekyJqM0fCJjMCWWHk3cCvvi1ML8AmwALevYTtMCD"
    "h2cip5Gn9BAwhg5eHAEEn6DHUyLBeAmmJrLywjdrfYbErvl71Ccl0jBaf+jYTh3beRiKbn"
    "ONmpZNXMdcGmUDCpN0KovMlQ0aO6iD7Joe5fUVgvTXchqhlLh5EtxOIjofbI/Q0ss8TtXA"
    "Rb4TrEXkYFmoY0Qa6WJI+5JUCZRXBA1E+OyiiOrHRmVv2Bcp5W+CZ66JJHEp2RhHSJq3Oe"
    "/kVGTyChNpJBr2EH7LCGiIkDQB5DyRsvPbMF+FXkmUN73bn8LhSb06IYcwxOBpKeFjRdEE"
    "vHdt8RdonZXG90zjWwxfhKmsVmD2frEiaAK6e98toDezRc2SUlbQBJkaltBGFds4vLY6d7"
    "1h53bYbd+UZMGa8AqsPo7QoDvsGO3BoPvTLXd3xX4doe7tp65wjAUfRijVn+d+cNe5fS9o"
    "w4+VvGVFRM/TbMnzNCV4itpklexxcUqdtqVy2pZvYHDwo40qcDpNrbmtMrfJnPAw8kpvdZ"
    "JWc1plTusqWNkH52F6UyRsT7fs0Em4OrdRoWSx0oWtsjBnStwjmtXVZqXpjQwyWjaWB6pg"
    "KuNBgqQ7rRRGauay9YRRHWAN/NKzDUJq99Feq+0qM+oruqFtiv4yvOjgAs3uw/HA34Whxf"
    "vKm8Cf7civq2fzZNMFAmuLGw/KknW133I2aWjXOqxt9bfp4C4d3HUYh9WBqiNFgru02V5R"
    "s31O9FdOTaGcqK/vU0uU9VgrW1QoTqZhzVe+1yf9lrp34/ptHiXrtETf1gJVhSJC4ZbQNl"
    "C7ToKbeGvLGjZ2rzIIxT1TXQjV+o2qwjwcWEBNEF4ggB9Wwjx4QSAT71+9evXySmRuMFgp"
    "mwQEIp0v64sbgfCPPcCEC3aHaZHQk2kPu3nIBqVCoKAVCq1QHMYm1mCFQvVwE4kqwUM6ur"
    "c/lXy7QrIrEHxIR450b8Mr4afkflksKrzuLGubGMEeLLEU5vUGixPqnmAleoJpb2/TdsMi"
    "3l6txdeuxVcoBVZPEbDmwKm19/1r76GetiWsDXP3JkGNvKnVQxG02/i5nKGdby726C943J"
    "IYNtY3j/LsGlAMM/4Mxm0ya2QDoluFKXDUHGkDwXckEutWYXzlDzr9wRUQP0bo+qbbuR2y"
    "34MPI9S+f98dGp1P/uXob5WsA7VnlahuwUnvhf9937kPcnJK8MmnugL+zxHq39/eCntO8I"
    "Fn/lxfdzpB5k/wcYQ+tLs3/JL/Uw2LzoPtUGlAYbYLP0Kihvv+4OuPRRnCfRrGGM9KGtii"
    "ZNq8VsK85uEFMSyMJN7RvJ4HMbLNrQ/qwvvVrsSGPbY+SGBPMTUlZUY2gr+iq4S+YkrX8+"
    "BP7P+FxngpzXbPwz9Op/Gvij87SaHhmrRUI9AYURMKDsRFnItCNWAucmrAXEhKGXkelhjR"
    "sis6rAiaAPC+KzqYlMKZK0vnydxRoiSNOU3PTs/fnL99fXm+2kRWV/L2Dsk+TU2vmr0jTq"
    "nTetXx+KXtG1PIeDWGJq3A5ySt5rTKnH6wkU2mlV7oBKnms8p8ht9cm01Xgc1xSs1llbms"
    "E/N3knLB/hhSqT+2hFS3GdNlD/ZY9iBrIdcAcLMbEEteXaVaEEfiOiRxCvGoj+xABTs+rk"
    "D+BWHgOvB4TiAgcOJBChwbfT0BPdEyeArB4Of28dnFJc+e4L+KFou8wwahbIHJmnPUMuXm"
    "QInfI269iEzzhw6g0AEUap4DOoDisAMoDJEv0R52e7d+KEXkQhhUwSe4vwsjK/zfeBLGde"
    "9+fTP26wjdtQeDz73+e6PfYVeuQPz35AZbxNJdf1NTv7Pu1CSlHApxqnoY/Lx93Hfcs031"
    "OJfdZipdd+5E2dvw0wh1frvr9vml4APvGvmp96vfNFJ8qPJ61B/rohta7LqhhUIGL9XQPx"
    "A5oqjFC7rV5McEqbZsqsxnDz4x2aAKm+OUmssqc9mCjv0EvaWxnVwjmWaPAo7PVD/kpoyE"
    "E9JdgfDTCCXje/37/j0VY3gJTyerEBuwJtMvqMovqN8815hBQsxHSZxqdhhTmlLHM1WIZ3"
    "peB9/hoF/Cv/es+e1NRrRClnuaUmObwDawepf2RacINbKKFGVoDJqK+fXVxLV2t/5+qzIc"
    "KKgbizKkz68aMC1cQORAUS1ZPyRR7rEWcJu9bNPyUAGUVwe93hU2wZuUiUqH+CRcOlsWa+"
    "nN6Rh/64S+nmaAvtNqLR/hbAw9MrXdliQMKnL3KC8MahYfVyAMir+RwEbAZP/88zpoKmEC"
    "DzuQXbcAnXoQAs4N0dEOUT4UEgIsewaRKDy/qiv7+qUsMmpHT5EWoo1IaLoSrY6TOiB/Zo"
    "PjpA4wviNSJLaE8+NQys6yM4QYpuMYk7nnCa8FYhLBnM49WdWGvDIZG2baY+WMcL882MIZ"
    "DEomv5WqHBMhUaNyTKMav9ho4swtGCxngy/1km9Hxgy6nkyJ12IGLds0/BYSYqspyQMpvd"
    "6XKjKgzO6UItR7VO171CPEVV6KKJl+F4q/Cxy3Mq9AOF6v/NpXvi7jn8mKA1UlJbE7umn7"
    "XnLD2UlRNid8TaLhVMUF3xw4FfPBKwrsgTvhDxXVUn5MvlHWAGk/mKahkEaOkxikfSYv9L"
    "vXw+eqTxB1ZUo8cwlPZ7ZrDouBxir/rYBzDgF4zIeLYgFsxT3ZEwjwApIjsPBsSnnxAORX"
    "EvBMRExf1g+KC0ymJnpkd6YmBROTLVgCbFmH+R08ZIRGaMjuetyP50ELPJmezXEg4MViak"
    "+mYGYuwRQ7FjABRvCYC9miVsJLYHoQQDTxljyjCbBp2amQ2cp+G89eXjFW6TEsKZoYrOPt"
    "nHq71AL2WIJVe/y+HzWtiMePFx/lLWPTPM9Jm4/QNDA/+LKIF+8y24t3KalOYJTOwI7SNB"
    "DknSRhO+yYm0sThbJxjtLs0W0N0a7Mewmci6CcjXESYddcOti0jNXZn4Y6OydLStyItb3v"
    "vCzV4zTSIVG1leFQPSVVlwCvuQS4YxJqlC5jH6fSuZ/l9xjEsDWCpVlBKZCQ61xrdfw1kt"
    "g/nUvfaP7qXO76HUjreqYlYU0RamRzfUnxwrFbmuib2KP4KGGnTy0wpaoJ96EfbNaSmOpX"
    "947y7PRedNRGG/1nbvleZ7X8QMKkFV7Vd4JdaAGKr8QI142krwDsARMQm8LVxTNJ5kz902"
    "9KmQmLkgrsdOqMTp0pyIHntgE215De+BLD7TteGvjuboQG3WHnCvD/q5hcith9s62+KZuv"
    "+CnFPUMvDcarjHVVW2+hBoJnOQ0Ez9INBOdeKbdFMLwJBpcUuAXRzYU3bS/UcZI6Ek0hxa"
    "FIJFqR+gRBKQmTEAbwDCKZRbxMrQK//EZUOWgIA3Zar0BEo8mUrCBKLUfBCkcUqE7AJ7cA"
    "gZQHHE1M1xzbjk2XwIFP/GHgzoMMThuxQXxaAqbmEwQIhwqTrBZBLXNuUqO0+qTVpwPaQp"
    "qsPkFJ+aBsMTMYXouYqVLHjtpDj7R6FPH1F3P253n7U/g2Xu2/63fedz50b3mcxfrzCF3f"
    "D4a9j1fA/zlCw87Hu16/3f+fK7D6WMU8cFokYuk0O2TpNBWzFIYrGiX3mCRd83Ta+rebla"
    "Bml8tAT9KpkYbLH6vTcHUarqJylcTtr1oarmLbX2OsS2riujfjkunahmjet6VRqe3aQz7N"
    "Ae5ZmeakeEWYsNDklkDFK1s2BapdWt4GkJCMbsnhraM8+xuJDCpgghtD04MeCKhOQHfmMn"
    "5hJPgaXiYib48fdseYNzt+suGCcPsaRhD4BluZKa7WuWvOD9T2N21/03JiDXmAuoFuK60f"
    "195A97DMRaKtdMndS9D4/adHqPvxrtNnumjQlDr2ayXjUBGGnGYz5PTA+7bu81U4kM2tUO"
    "y7yAaak0qnWpJWZzmozGnduPV74LKvhhaVUvzRDTTf1y6eiIJJTJ+VWbNyYv5iVM3D+XUh"
    "x+HrHMfh67Tj0F4p0WzPqdQTMnsGbbDVdf72Z//WteiKmL5L1aKTvNo1INz09nDZG2JZT8"
    "MuDcNinUuswuH6zzYJhy/aZntwD0Hw6OCx6QCb92iy6fIE8FpvQRE5m4i6cA5+tNEV8PkM"
    "IO9hv5hCj01IKOYV4Ry8gN7xxGTaT9owvKuHaAuxAvv9kbYQawtx3FJWtoJZzeXLFLIL76"
    "R4mY7U3G0imwVd06OzkrptnKp5uu1OoEaY2g/2xC8/UHrfkFM3EPpd7CKuScgCMxm1rCsv"
    "RdhEwC8KAX6RA/hFurYndQ0CmWRDq1VFzJygCQzYd9EyASZvTMu+1PZcyZtIc6cidyDiYF"
    "TRHiTk2k2jspuGV6F/qqgqJmk1p1XmtHCSC0tPVQ97lHgvvNaxFBV9r8TgaVEP2JsZ2OU8"
    "kFVmze+2mjGFbrdaosMhhd6MGE/QC8OEi+e1JQibIMokagwVUWrPs3Xa83QJfwEaL+vmVj"
    "vPpBPoQ03lnc71mAQyWVZ5xySk+i3b/JaFsG3xnmVMod80ld80nZua/codpkdJwvZVylXK"
    "1V483c8IPIgSgXM3aX9qvvT5WX9B6IPQqGqputWw0JxkAgD2qPEnHm8JVUdM9AseN3RVrS"
    "tKE4NIvWhl0GpiDe4suDRSOkm5HqjCXNvtcIrkHzcFpFIBe2s88QJx2TGrgEMIag/BIWb/"
    "FZAsmlbB4Z+S0Y2f4XiK8df30LF5pF9LEuiYHHKUF/O48Afz8M316I3xjzwK0e/kCzy8uB"
    "I56PCJHVq8ZS4vxu9fQZaL2Z96AvrwOHwAYPIrASZAcMFp02GPNc+9Odrx91Y4mTAJzsd/"
    "won/0e/jxob/Hunplmy89EepaEndb5ff0/12tc67myhKXe57B/k9kT2xqIE2QtLAAMrTs0"
    "KlLs9ySl2epYyzqjcdTeNdY9fR++vrTuc9L4K5+qj7j34X/UeV7INZAHEd31AxlAVPeBkA"
    "dtzKwpY3RLIkaLXXSWlO87ij6m+2hFzzW3l++3IIY6MlybbJPCJlpJWOSsXYu89m3dnCeP"
    "OadcelvItCSTYXOUk2F+kkGwGaNff8PJlZGYFPRqpXc3o1s73HZU+ABvw2gZ5bSsGU0eqV"
    "XWhlB+bSSraxJK0+kVU+kUPpycGPaUZndwtIkKnRLIA/rzHNAnhzLd9nYeAHqbEyz1Ego2"
    "7Q+bIXx0EkQiXw/pS0GSfItNE4CetT+ZJbURoNaH5ZKIFVGtzSVYsCd3HnqVjtIkWx3Vi8"
    "KLq0NheIinqEa8I3MmNTIY7viCoVhUoyITtsIsqnzWET0XVSoI0AAlNK3RfkJbjv3wAThc"
    "00fyCgbc2YlAM8+MjkHC5gH4GFTaeixJNYuwTYFJD5mM84hgRQLOklUPMDRmiEeDwG7zHL"
    "HgH8RG1eeSqoLbVK2QYvGPFsTigY+10KOFI8WIOTvvxRPMX14JON5ySYZsRfnSUBT6ZjW+"
    "ABe6vHMNWZ/zDBI8OT0UHPxhYwH9jXZhc97Ifr6WJWqpxSR0CHYegwjGfqaq8cV/fS1j76"
    "5UoAnSDTBrNCBjP/eCxjQVlTaONJ7caToESJxGaSlxQfodpjHnx4ph9sGvw2RX5qq+uj2h"
    "6/78I+oeS8Vcml3EmacBI8O1cq97rJn0n7WFT2sYRqynhZ0tiZItRtBXRH5WarjpIXSrWO"
    "yqpxeie+g+doqawosHvrqRy4bG24ZXapJL2vIcjvtF9wzM2VY/4P3WAFbP+roRsN/wM8g3"
    "TKbdp0alIwZZMzllnARhEb/RFYeDalEPHL3F7OJkXE9DV5/CAuTaYmeoRpw3/dD+CG/y73"
    "CFhhm4kB2wgsxgUQAEXADBLCsOZjXnwJQDm2rS8vjwQBYfgCNjH0MzP9kBJts1fldDjSNv"
    "vvSPBqRuqkIik3pYNgBBwpTHM6e8SoGmExS3RWLGKkv8y20V+mkyd1iuoeUlRdc+lgU7I/"
    "ZHtCIiRquEL4Yw/aFVKpxJvWPp5V+2gz6CfTlkTvCO7kahzmeswmVSMbhpql7u+lismWyS"
    "7ZQnaFqrfbVrtV7VXcQ/sY/lKVQDgY3kB0TwsFRpzmBEacpgMj2BOpNAo5Wx6IkOxfHnge"
    "feE5Tv76D7N//h9JXO+s"
)
